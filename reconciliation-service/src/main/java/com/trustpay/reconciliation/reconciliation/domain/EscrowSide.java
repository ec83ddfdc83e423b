package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What escrow-service believes about one escrow, from its events.
 *
 * @param amountPaise the escrow's amount, {@code null} if its creation was not seen
 * @param heldPaise what {@code FundsHeld} said it holds, {@code null} before
 * @param releasedPaise what the last {@code Released} said was paid out
 * @param refundedPaise what the last {@code Refunded} said was given back
 * @param releases every {@code Released} (one per milestone, or one for the escrow as one), by payout reference
 * @param refunds every {@code Refunded}, by refund reference
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
        Instant updatedAt,
        List<EscrowSettlement> releases,
        List<EscrowSettlement> refunds) {

    public EscrowSide {
        releases = List.copyOf(releases);
        refunds = List.copyOf(refunds);
    }

    /** A side known only by its last release and refund (each, if any, the only one). */
    public EscrowSide(
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
        this(
                escrowId,
                amountPaise,
                position,
                heldPaise,
                paymentReference,
                releasedPaise,
                payoutReference,
                refundedPaise,
                refundReference,
                createdAt,
                heldAt,
                releasedAt,
                refundedAt,
                updatedAt,
                only(payoutReference, releasedPaise, releasedAt),
                only(refundReference, refundedPaise, refundedAt));
    }

    /** This side with every release and refund escrow-service reported. */
    public EscrowSide withSettlements(List<EscrowSettlement> releases, List<EscrowSettlement> refunds) {
        return new EscrowSide(
                escrowId,
                amountPaise,
                position,
                heldPaise,
                paymentReference,
                releasedPaise,
                payoutReference,
                refundedPaise,
                refundReference,
                createdAt,
                heldAt,
                releasedAt,
                refundedAt,
                updatedAt,
                releases,
                refunds);
    }

    /** The sum of every {@code Released}. */
    public long releasedTotalPaise() {
        return releases.stream().mapToLong(EscrowSettlement::amountPaise).sum();
    }

    /** The sum of every {@code Refunded}. */
    public long refundedTotalPaise() {
        return refunds.stream().mapToLong(EscrowSettlement::amountPaise).sum();
    }

    /** escrow-service's release naming this payout reference, if any. */
    public Optional<EscrowSettlement> release(String payoutReference) {
        return releases.stream()
                .filter(r -> r.reference().equals(payoutReference))
                .findFirst();
    }

    /** Whether escrow-service reported a refund naming this reference. */
    public boolean refunded(String refundReference) {
        return refunds.stream().anyMatch(r -> r.reference().equals(refundReference));
    }

    /** When the escrow's story began, as far as this side knows. */
    public Instant since() {
        return createdAt != null ? createdAt : updatedAt;
    }

    private static List<EscrowSettlement> only(String reference, Long amountPaise, Instant at) {
        return reference == null || amountPaise == null
                ? List.of()
                : List.of(new EscrowSettlement(reference, null, amountPaise, at));
    }
}
