/**
 * escrow-service. Features: {@code identity} (users, login, tokens), {@code escrow} (the escrow lifecycle) and
 * {@code shared} (problem responses and API security).
 */
package com.trustpay.escrow;
