package com.trustpay.escrow.escrow.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin's decision of a disputed escrow, of a release that failed for good, or of a payout the bank returned
 * (ADR 0014), kept so that both parties see what was decided and why, instead of inferring it from the status. The
 * latest decision wins: a release decided for the payee that then fails for good, or whose payout the bank returns,
 * may be decided again.
 *
 * @param decided what the admin decided: the status the decision ended ({@code DISPUTED}, {@code RELEASE_FAILED} or
 *     {@code PAYOUT_REVERSED}), so the parties read "the dispute" or "the returned payout", not a guess
 * @param note the admin's reason, stripped, at most {@link Escrow#MAX_NOTE} characters; null when none was given
 * @param decidedBy the admin; shown to admins only
 * @param releasePaise for a {@link Outcome#SPLIT split}: what is paid to the payee; null otherwise
 * @param refundPaise for a split: what goes back to the payer (with {@code releasePaise}, all that was held)
 */
public record Decision(
        Outcome outcome,
        EscrowStatus decided,
        String note,
        UUID decidedBy,
        Instant decidedAt,
        Long releasePaise,
        Long refundPaise) {

    /** A decision that sends all that is held one way. */
    public Decision(Outcome outcome, EscrowStatus decided, String note, UUID decidedBy, Instant decidedAt) {
        this(outcome, decided, note, decidedBy, decidedAt, null, null);
    }

    /** Where the money goes. */
    public enum Outcome {
        RELEASE_TO_PAYEE,
        REFUND_TO_PAYER,
        /** Part to the payee ({@code releasePaise}), the rest back to the payer ({@code refundPaise}), ADR 0021. */
        SPLIT
    }
}
