package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What one escrow event changes in escrow-service's side; {@code null} fields stay as they were.
 *
 * @param at when the event occurred
 * @param milestone the milestone a {@code Released} paid ({@code null}: the escrow as one, or no release)
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
        Instant at,
        Integer milestone) {

    /** A change of position only. */
    public static EscrowChange moved(UUID escrowId, EscrowPosition position, Instant at) {
        return new EscrowChange(
                escrowId, position, null, null, null, null, null, null, null, null, null, null, null, at, null);
    }

    /** The escrow was created for this amount. */
    public static EscrowChange created(UUID escrowId, long amountPaise, Instant at) {
        return new EscrowChange(
                escrowId,
                EscrowPosition.OPEN,
                amountPaise,
                null,
                null,
                null,
                null,
                null,
                null,
                at,
                null,
                null,
                null,
                at,
                null);
    }

    /** The money of this payment is held. */
    public static EscrowChange held(UUID escrowId, long heldPaise, String paymentReference, Instant at) {
        return new EscrowChange(
                escrowId,
                EscrowPosition.HELD,
                null,
                heldPaise,
                paymentReference,
                null,
                null,
                null,
                null,
                null,
                at,
                null,
                null,
                at,
                null);
    }

    /** The payee was paid by this payout of the escrow as one. */
    public static EscrowChange released(UUID escrowId, long releasedPaise, String payoutReference, Instant at) {
        return released(escrowId, releasedPaise, payoutReference, null, at);
    }

    /** The payee was paid by this payout, of the milestone given ({@code null}: the escrow as one). */
    public static EscrowChange released(
            UUID escrowId, long releasedPaise, String payoutReference, Integer milestone, Instant at) {
        return new EscrowChange(
                escrowId,
                EscrowPosition.RELEASED,
                null,
                null,
                null,
                releasedPaise,
                payoutReference,
                null,
                null,
                null,
                null,
                at,
                null,
                at,
                milestone);
    }

    /** The payer was refunded by this refund. */
    public static EscrowChange refunded(UUID escrowId, long refundedPaise, String refundReference, Instant at) {
        return new EscrowChange(
                escrowId,
                EscrowPosition.REFUNDED,
                null,
                null,
                null,
                null,
                null,
                refundedPaise,
                refundReference,
                null,
                null,
                null,
                at,
                at,
                null);
    }
}
