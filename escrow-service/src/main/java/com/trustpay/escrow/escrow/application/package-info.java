/**
 * Escrow use cases and their transaction boundary: commands people start through the API, reads with access
 * checks, outcomes reported by payment-service (applied once per event id), and the code expiry sweep.
 */
package com.trustpay.escrow.escrow.application;
