package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;

/** One refund as payment-service recorded it, with Setu's refund id once known. */
public record RefundRecord(
        String reference,
        long amountPaise,
        RecordStatus status,
        String providerRefundId,
        Instant initiatedAt,
        Instant settledAt) {}
