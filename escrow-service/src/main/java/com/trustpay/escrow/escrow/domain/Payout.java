package com.trustpay.escrow.escrow.domain;

import java.time.Instant;

/**
 * The payout side of an escrow.
 *
 * @param round the current ReleaseFunds round (0 before the first)
 * @param reference payment-service's reference of the latest payout attempt
 * @param reversedReference the reference of the latest payout the bank reversed after it succeeded, or null (an
 *     admin's "pay again" names it in its ReleaseFunds, ADR 0014)
 * @param utr the bank's reference of the completed payout (PayoutSucceeded), for the payee's receipt; null while the
 *     payout is not complete or the provider did not report one
 */
public record Payout(
        int round, String reference, Instant initiatedAt, Instant completedAt, String reversedReference, String utr) {

    public static Payout none() {
        return new Payout(0, null, null, null, null, null);
    }

    Payout nextRound() {
        return new Payout(round + 1, reference, initiatedAt, null, reversedReference, null);
    }

    Payout initiated(String payoutReference, Instant at) {
        return new Payout(
                round, payoutReference, initiatedAt == null ? at : initiatedAt, null, reversedReference, null);
    }

    Payout completed(String payoutReference, String bankUtr, Instant at) {
        return new Payout(round, payoutReference, initiatedAt, at, reversedReference, bankUtr);
    }

    /** The bank returned {@code payoutReference}: nobody was paid, so the payout is no longer complete. */
    Payout reversed(String payoutReference) {
        return new Payout(round, reference, initiatedAt, null, payoutReference, null);
    }
}
