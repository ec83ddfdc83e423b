package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What one escrow event changes in escrow-service's side; {@code null} fields stay as they were.
 *
 * @param at when the event occurred
 */
public record EscrowChange(
        UUID escrowId,
        EscrowPosition position,
        Long amountPaise,
        Long heldPaise,
        String paymentReference,
        Long releasedPaise,
        String payoutReference,
        Long refundedPaise,
        String refundReference,
        Instant createdAt,
        Instant heldAt,
        Instant releasedAt,
        Instant refundedAt,
        Instant at) {

    /** A change of position only. */
    public static EscrowChange moved(UUID escrowId, EscrowPosition position, Instant at) {
        return new EscrowChange(
                escrowId, position, null, null, null, null, null, null, null, null, null, null, null, at);
    }
}
