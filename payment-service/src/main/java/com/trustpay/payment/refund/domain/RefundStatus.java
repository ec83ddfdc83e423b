package com.trustpay.payment.refund.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One refund on our side, and the one table of the moves between its states (ADR 0013). The repository performs
 * each move as a guarded {@code UPDATE ... WHERE status = :from}, after {@link #check} allowed it.
 */
public enum RefundStatus {
    /** Committed with our reference; Setu has not (knowingly) accepted it yet. */
    CREATING,
    /**
     * A create was answered with no definitive "no" (a 5xx, a timeout, an I/O error, a 401/403/404, a 4xx on a
     * re-send): Setu may or may not have it. Settled like CREATING: read first, sent again only when confirmed absent.
     */
    UNKNOWN,
    /** Setu accepted it and is working on it. */
    PENDING,
    SUCCEEDED,
    /** Setu said no (a 400/422 on the first send, a read with status failed). A late success can still follow. */
    FAILED;

    private static final Map<RefundStatus, Set<RefundStatus>> MOVES = new EnumMap<>(RefundStatus.class);

    static {
        MOVES.put(CREATING, EnumSet.of(UNKNOWN, PENDING, SUCCEEDED, FAILED));
        MOVES.put(UNKNOWN, EnumSet.of(PENDING, SUCCEEDED, FAILED));
        MOVES.put(PENDING, EnumSet.of(SUCCEEDED, FAILED));
        MOVES.put(SUCCEEDED, EnumSet.noneOf(RefundStatus.class));
        MOVES.put(FAILED, EnumSet.of(SUCCEEDED));
    }

    public boolean open() {
        return this == CREATING || this == UNKNOWN || this == PENDING;
    }

    /** Whether Setu has not (knowingly) accepted it: it is looked up by our reference before any re-send. */
    public boolean unconfirmed() {
        return this == CREATING || this == UNKNOWN;
    }

    public boolean canMoveTo(RefundStatus to) {
        return MOVES.get(this).contains(to);
    }

    /** The states from which {@code to} may be reached. */
    public static Set<RefundStatus> into(RefundStatus to) {
        Set<RefundStatus> from = EnumSet.noneOf(RefundStatus.class);
        MOVES.forEach((f, tos) -> {
            if (tos.contains(to)) {
                from.add(f);
            }
        });
        return from;
    }

    /** Throws {@link IllegalRefundTransition} unless the table allows {@code this → to}. */
    public RefundStatus check(RefundStatus to) {
        if (!canMoveTo(to)) {
            throw new IllegalRefundTransition(this, to);
        }
        return to;
    }
}
