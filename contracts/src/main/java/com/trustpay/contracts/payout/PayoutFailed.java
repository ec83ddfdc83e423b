package com.trustpay.contracts.payout;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * Every payout attempt of a round failed: final for the round. An AdminAlert goes out with it and an admin
 * may start another round with retry-release.
 *
 * <p>Emitted by payment-service once per round. Topic {@code payout.events}, key: escrow id.
 *
 * @param milestone the escrow's milestone this payout pays (1, 2, …), or null when it pays the escrow as one (every
 *     escrow without milestones, and an admin's split decision); payment-service keeps at most one successful payout
 *     per (escrow, milestone)
 */
public record PayoutFailed(
        UUID escrowId,
        String payoutReference,
        int round,
        int attempts,
        String reasonCode,
        String reason,
        Instant failedAt,
        Integer milestone)
        implements Message {

    /** A failure of a payout that pays the escrow as one. */
    public PayoutFailed(
            UUID escrowId,
            String payoutReference,
            int round,
            int attempts,
            String reasonCode,
            String reason,
            Instant failedAt) {
        this(escrowId, payoutReference, round, attempts, reasonCode, reason, failedAt, null);
    }
}
