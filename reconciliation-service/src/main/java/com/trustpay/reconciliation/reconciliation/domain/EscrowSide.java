package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What escrow-service believes about one escrow, from its events.
 *
 * @param amountPaise the escrow's amount, {@code null} if its creation was not seen
 * @param heldPaise what {@code FundsHeld} said it holds, {@code null} before
 * @param releasedPaise what {@code Released} said was paid out
 * @param refundedPaise what {@code Refunded} said was given back
 */
public record EscrowSide(
        UUID escrowId,
        Long amountPaise,
        EscrowPosition position,
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
        Instant updatedAt) {

    /** When the escrow's story began, as far as this side knows. */
    public Instant since() {
        return createdAt != null ? createdAt : updatedAt;
    }
}
