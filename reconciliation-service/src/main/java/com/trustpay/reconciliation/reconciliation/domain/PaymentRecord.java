package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;

/**
 * One payment attempt as payment-service recorded it.
 *
 * @param paidPaise what the provider collected, {@code null} unless it succeeded
 * @param expiresAt the end of the request's validity, {@code null} if not known
 */
public record PaymentRecord(
        String reference,
        int attempt,
        Long requestedPaise,
        Long paidPaise,
        RecordStatus status,
        String providerPaymentId,
        String rrn,
        Instant requestedAt,
        Instant expiresAt,
        Instant settledAt) {}
