package com.trustpay.contracts.payout;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * The payee was paid (payout {@code processed}, read back from the provider).
 *
 * <p>Emitted by payment-service at most once per escrow. Topic {@code payout.events}, key: escrow id.
 *
 * @param utr the bank's unique transaction reference, when known
 *
 * @param milestone the escrow's milestone this payout pays (1, 2, …), or null when it pays the escrow as one (every
 *     escrow without milestones, and an admin's split decision); payment-service keeps at most one successful payout
 *     per (escrow, milestone)
 */
public record PayoutSucceeded(
        UUID escrowId,
        String payoutReference,
        long amountPaise,
        String providerPayoutId,
        String utr,
        Instant completedAt,
        Integer milestone)
        implements Message {

    /** The success of a payout that paid the escrow as one. */
    public PayoutSucceeded(
            UUID escrowId,
            String payoutReference,
            long amountPaise,
            String providerPayoutId,
            String utr,
            Instant completedAt) {
        this(escrowId, payoutReference, amountPaise, providerPayoutId, utr, completedAt, null);
    }
}
