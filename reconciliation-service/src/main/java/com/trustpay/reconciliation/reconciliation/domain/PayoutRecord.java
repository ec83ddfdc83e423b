package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;

/**
 * One payout as payment-service recorded it, with RazorpayX's payout id and the bank's UTR once known.
 *
 * @param milestone the escrow's milestone it pays, {@code null} when it pays the escrow as one
 */
public record PayoutRecord(
        String reference,
        Long amountPaise,
        RecordStatus status,
        String providerPayoutId,
        String utr,
        Instant initiatedAt,
        Instant settledAt,
        Integer milestone) {

    /** A payout of the escrow as one. */
    public PayoutRecord(
            String reference,
            Long amountPaise,
            RecordStatus status,
            String providerPayoutId,
            String utr,
            Instant initiatedAt,
            Instant settledAt) {
        this(reference, amountPaise, status, providerPayoutId, utr, initiatedAt, settledAt, null);
    }

    /** This payout in another status. */
    public PayoutRecord withStatus(RecordStatus to) {
        return new PayoutRecord(reference, amountPaise, to, providerPayoutId, utr, initiatedAt, settledAt, milestone);
    }
}
