package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * An admin decided a disputed escrow (or a release that failed for good, or a payout the bank returned): the money
 * goes to the payee or back to the payer, for the reason in {@code note}, which both parties are shown. The ReleaseStarted or RefundStarted
 * that carries the decision out follows in the same transaction.
 *
 * <p>The deciding admin is deliberately not on the wire: consumers tell the parties what was decided, not who
 * decided it; escrow-service keeps the admin's id with the decision and in the history.
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 *
 * @param outcome {@code RELEASE_TO_PAYEE}, {@code REFUND_TO_PAYER} or {@code SPLIT} (part to each; only for a dispute)
 * @param fromStatus the status the decision ended: {@code DISPUTED}, {@code RELEASE_FAILED} or {@code PAYOUT_REVERSED}
 *     (an admin's answer to a returned payout: {@code RELEASE_TO_PAYEE} pays the payee again, ADR 0014)
 * @param note the admin's reason, at most 1000 characters, or null when none was given
 * @param amountPaise what the decision is about: all that was still held (with milestones, what none had paid yet)
 * @param releasePaise for a {@code SPLIT}: the part paid to the payee (a ReleaseFunds with milestone null); null otherwise
 * @param refundPaise for a {@code SPLIT}: the rest, refunded to the payer once that payout succeeded (a RefundPayment);
 *     with {@code releasePaise} it adds up to {@code amountPaise}; null otherwise
 */
public record DisputeResolved(
        UUID escrowId,
        String outcome,
        String fromStatus,
        String note,
        long amountPaise,
        Instant decidedAt,
        Long releasePaise,
        Long refundPaise)
        implements Message {

    /** A decision that sends all that was held one way. */
    public DisputeResolved(
            UUID escrowId, String outcome, String fromStatus, String note, long amountPaise, Instant decidedAt) {
        this(escrowId, outcome, fromStatus, note, amountPaise, decidedAt, null, null);
    }
}
