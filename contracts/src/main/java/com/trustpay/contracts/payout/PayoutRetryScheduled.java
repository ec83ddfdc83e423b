package com.trustpay.contracts.payout;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * A payout attempt failed and another one is scheduled (exponential backoff).
 *
 * <p>Emitted by payment-service after each failed attempt that is not the last. Topic {@code payout.events},
 * key: escrow id.
 *
 * @param failedAttempt the attempt that failed
 * @param nextAttemptAt when the next attempt will be made
 *
 * @param milestone the escrow's milestone this payout pays (1, 2, …), or null when it pays the escrow as one (every
 *     escrow without milestones, and an admin's split decision); payment-service keeps at most one successful payout
 *     per (escrow, milestone)
 */
public record PayoutRetryScheduled(
        UUID escrowId,
        String payoutReference,
        int round,
        int failedAttempt,
        Instant nextAttemptAt,
        String reason,
        Integer milestone)
        implements Message {

    /** A retry of a payout that pays the escrow as one. */
    public PayoutRetryScheduled(
            UUID escrowId, String payoutReference, int round, int failedAttempt, Instant nextAttemptAt, String reason) {
        this(escrowId, payoutReference, round, failedAttempt, nextAttemptAt, reason, null);
    }
}
