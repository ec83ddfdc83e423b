package com.trustpay.escrow.escrow.domain;

import static com.trustpay.escrow.escrow.domain.EscrowStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one transition table of the escrow state machine: which status may follow which. Every state change of
 * {@link Escrow} goes through {@link #check}. Which person may start an action in which status is the other table,
 * {@link EscrowAction}.
 *
 * <p>Beyond the diagram of ARCHITECTURE §3, these moves keep money from getting lost or stuck:
 * PAYMENT_PENDING → CANCELLED (the request is withdrawn; a payment that still arrives is refunded),
 * PAYMENT_FAILED → HELD (a payment for an attempt that had already lapsed), CANCELLED → REFUNDING (the payer
 * paid after the cancel) and RELEASE_FAILED → RELEASED | REFUNDING (a payout confirmed late, or an admin who
 * decides to give the money back when the payee cannot be paid), and REFUNDING → REFUND_FAILED → REFUNDING |
 * REFUNDED (a refund the provider refused waits for an admin to retry it; a refund confirmed late still
 * completes), and RELEASED → PAYOUT_REVERSED → RELEASING | REFUNDING (the bank returned a payout after it had
 * succeeded; the money is back and an admin pays the payee again or refunds the payer, ADR 0014). Milestones (ADR
 * 0021) add HELD → RELEASE_FAILED (one milestone's payout failed for good while others are still held),
 * RELEASE_FAILED → HELD (it was retried or paid late, and others are still held) and RELEASING → REFUNDING (an admin's
 * split paid its part to the payee; now the rest is refunded).
 */
public final class EscrowTransitions {

    private static final Map<EscrowStatus, EnumSet<EscrowStatus>> NEXT = new EnumMap<>(EscrowStatus.class);

    static {
        allow(AWAITING_PARTNER, AWAITING_PAYMENT, CANCELLED, EXPIRED);
        allow(AWAITING_PAYMENT, PAYMENT_PENDING, CANCELLED);
        allow(PAYMENT_PENDING, HELD, PAYMENT_FAILED, CANCELLED);
        allow(PAYMENT_FAILED, PAYMENT_PENDING, HELD, CANCELLED);
        allow(HELD, RELEASING, REFUNDING, DISPUTED, RELEASE_FAILED);
        allow(RELEASING, RELEASED, RELEASE_FAILED, REFUNDING);
        allow(RELEASE_FAILED, RELEASING, RELEASED, REFUNDING, HELD);
        allow(DISPUTED, RELEASING, REFUNDING);
        allow(REFUNDING, REFUNDED, REFUND_FAILED);
        allow(REFUND_FAILED, REFUNDING, REFUNDED);
        allow(CANCELLED, REFUNDING);
        allow(RELEASED, PAYOUT_REVERSED);
        allow(PAYOUT_REVERSED, RELEASING, REFUNDING);
        allow(REFUNDED);
        allow(EXPIRED);
    }

    private EscrowTransitions() {}

    private static void allow(EscrowStatus from, EscrowStatus... to) {
        EnumSet<EscrowStatus> next = EnumSet.noneOf(EscrowStatus.class);
        next.addAll(List.of(to));
        NEXT.put(from, next);
    }

    public static boolean allows(EscrowStatus from, EscrowStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The statuses that may follow {@code from}; empty for final statuses. */
    public static Set<EscrowStatus> next(EscrowStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    public static boolean isFinal(EscrowStatus status) {
        return NEXT.get(status).isEmpty();
    }

    /** Refuses a move the table does not allow, naming the action that attempted it. */
    public static void check(EscrowStatus from, EscrowStatus to, String action) {
        if (!allows(from, to)) {
            throw new IllegalTransitionException(from, action);
        }
    }
}
