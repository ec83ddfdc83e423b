package com.trustpay.escrow.escrow.web;

import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowStatus;
import com.trustpay.escrow.escrow.domain.Party;
import com.trustpay.escrow.escrow.domain.TimelineEntry;
import com.trustpay.escrow.escrow.domain.TimelineFacts;
import com.trustpay.escrow.shared.web.Caller;
import java.time.Instant;
import java.util.UUID;

/**
 * One timeline row as the API serves it (ADR 0022): the event's stable {@code kind}, when, the status change, who
 * did it as the reader may see it, and its facts; the UI words it. Internal facts (attempt and round numbers, payout
 * references, the provider's words, which admin acted) are in {@code internal}, for admins only.
 *
 * @param amountPaise the money the event moved or asked for; absent when it moved none
 * @param references what a bank can trace: the payment's RRN, the payout's UTR, the refund's reference
 * @param note words meant for the parties: a payment decline in plain words, a party's reason, a decision's note
 * @param outcome on DisputeResolved rows: {@code RELEASE_TO_PAYEE} or {@code REFUND_TO_PAYER}
 */
record HistoryEntry(
        String kind,
        Instant at,
        EscrowStatus fromStatus,
        EscrowStatus toStatus,
        ActorView actor,
        Long amountPaise,
        References references,
        String note,
        String outcome,
        Internal internal) {

    /**
     * Who did it: {@code PAYER} or {@code PAYEE} with the party's display name, {@code ADMIN} as "TrustPay" (never
     * which admin), or {@code SYSTEM} when nobody did (a bank's answer, a timer).
     */
    record ActorView(String role, String name) {}

    record References(String paymentRrn, String payoutUtr, String refundReference) {
        static References of(TimelineFacts e) {
            return e.paymentRrn() == null && e.payoutUtr() == null && e.refundReference() == null
                    ? null
                    : new References(e.paymentRrn(), e.payoutUtr(), e.refundReference());
        }
    }

    /** For admins: who acted and the row's internal line. */
    record Internal(UUID actorId, String detail) {}

    static HistoryEntry of(TimelineEntry e, Escrow escrow, Caller caller) {
        TimelineFacts f = e.facts();
        return new HistoryEntry(
                e.kind(),
                e.at(),
                e.fromStatus(),
                e.toStatus(),
                actor(e.actorId(), escrow),
                f.amountPaise(),
                References.of(f),
                f.note(),
                f.outcome() == null ? null : f.outcome().name(),
                caller.isAdmin() ? new Internal(e.actorId(), f.detail()) : null);
    }

    private static ActorView actor(UUID actorId, Escrow escrow) {
        if (actorId == null) {
            return new ActorView("SYSTEM", null);
        }
        Party payer = escrow.snapshot().payer();
        Party payee = escrow.snapshot().payee();
        if (payer != null && actorId.equals(payer.userId())) {
            return new ActorView("PAYER", payer.name());
        }
        if (payee != null && actorId.equals(payee.userId())) {
            return new ActorView("PAYEE", payee.name());
        }
        return new ActorView("ADMIN", "TrustPay");
    }
}
