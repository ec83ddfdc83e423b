/**
 * The escrow's Kafka edge: domain events mapped to {@code escrow.events}, commands for payment-service and
 * alerts (sent through the outbox), and the listeners for {@code payment.events} and {@code payout.events}.
 */
package com.trustpay.escrow.escrow.messaging;
