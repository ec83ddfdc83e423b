package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;

/** One payout as payment-service recorded it, with RazorpayX's payout id and the bank's UTR once known. */
public record PayoutRecord(
        String reference,
        Long amountPaise,
        RecordStatus status,
        String providerPayoutId,
        String utr,
        Instant initiatedAt,
        Instant settledAt) {}
