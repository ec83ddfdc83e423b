/** User storage in PostgreSQL. */
package com.trustpay.escrow.identity.persistence;
