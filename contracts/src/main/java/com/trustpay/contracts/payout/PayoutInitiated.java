package com.trustpay.contracts.payout;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * A payout request went to the payout provider (its idempotency key was stored before the call).
 *
 * <p>Emitted by payment-service once per payout attempt. Topic {@code payout.events}, key: escrow id.
 *
 * @param payoutReference our reference for this payout attempt (also its idempotency key)
 * @param round the ReleaseFunds round
 * @param attempt 1, 2, 3 … within the round
 *
 * @param milestone the escrow's milestone this payout pays (1, 2, …), or null when it pays the escrow as one (every
 *     escrow without milestones, and an admin's split decision); payment-service keeps at most one successful payout
 *     per (escrow, milestone)
 */
public record PayoutInitiated(
        UUID escrowId,
        String payoutReference,
        int round,
        int attempt,
        long amountPaise,
        String payeeVpa,
        Instant initiatedAt,
        Integer milestone)
        implements Message {

    /** A payout that pays the escrow as one. */
    public PayoutInitiated(
            UUID escrowId,
            String payoutReference,
            int round,
            int attempt,
            long amountPaise,
            String payeeVpa,
            Instant initiatedAt) {
        this(escrowId, payoutReference, round, attempt, amountPaise, payeeVpa, initiatedAt, null);
    }
}
