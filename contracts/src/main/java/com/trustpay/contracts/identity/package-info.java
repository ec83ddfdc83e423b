/**
 * {@code identity.events}: who the people behind the user ids are (names, e-mail addresses), for the services that
 * keep a projection of them instead of asking escrow-service per event. Key: user id.
 */
package com.trustpay.contracts.identity;
