/**
 * Escrows: creation with join codes, joining, payment, confirmations, cancel, dispute and admin decisions, driven
 * by the state machine in {@code domain} and by payment-service's outcomes on Kafka.
 */
package com.trustpay.escrow.escrow;
