package com.trustpay.payment.provider.domain;

import java.time.Instant;

/**
 * One line of the acquirer's settlement report: a payment the acquirer settled to us.
 *
 * @param settledAt the payment's transaction time ({@code txnTs}), what places it on a report date
 */
public record SettledPayment(
        String paymentId,
        String productInstanceId,
        String referenceId,
        String txnId,
        String rrn,
        long amountPaise,
        String status,
        Instant settledAt) {}
