/**
 * payment-service: the only code that calls Setu (UPI collection, refunds) and the payout provider (RazorpayX).
 * Features: {@code provider} (clients), {@code attempt} (payment attempts), {@code payout}, {@code refund},
 * {@code polling}, {@code inbound} (commands and webhook hints from Kafka), {@code audit} and
 * {@code reconciliation} (internal read API).
 */
package com.trustpay.payment;
