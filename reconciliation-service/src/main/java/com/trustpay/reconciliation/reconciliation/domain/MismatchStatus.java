package com.trustpay.reconciliation.reconciliation.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a mismatch: found (OPEN), acknowledged by an admin (someone is on it), resolved with a note; a resolved
 * mismatch a later run finds again reopens. One table, as for the escrow state machine.
 */
public enum MismatchStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED;

    /** What an admin or a run does to a mismatch. */
    public enum Action {
        ACKNOWLEDGE,
        RESOLVE,
        FOUND_AGAIN
    }

    private static final Map<Action, Set<MismatchStatus>> ALLOWED_FROM = Map.of(
            Action.ACKNOWLEDGE, EnumSet.of(OPEN),
            Action.RESOLVE, EnumSet.of(OPEN, ACKNOWLEDGED),
            Action.FOUND_AGAIN, EnumSet.allOf(MismatchStatus.class));

    /**
     * The status after {@code action}.
     *
     * @throws IllegalMismatchActionException when the action is not allowed in this status
     */
    public MismatchStatus after(Action action) {
        if (!ALLOWED_FROM.get(action).contains(this)) {
            String verb = action == Action.ACKNOWLEDGE ? "acknowledged" : "resolved";
            if (this == RESOLVED) {
                throw new IllegalMismatchActionException(
                        "MISMATCH_ALREADY_RESOLVED", "The mismatch is already resolved and cannot be " + verb);
            }
            throw new IllegalMismatchActionException(
                    "MISMATCH_ALREADY_ACKNOWLEDGED", "The mismatch is already acknowledged");
        }
        return switch (action) {
            case ACKNOWLEDGE -> ACKNOWLEDGED;
            case RESOLVE -> RESOLVED;
            case FOUND_AGAIN -> this == RESOLVED ? OPEN : this;
        };
    }

    /** What an admin may do with a mismatch in this status, from the same table (for the API to say so). */
    public java.util.List<Action> adminActions() {
        return java.util.stream.Stream.of(Action.ACKNOWLEDGE, Action.RESOLVE)
                .filter(action -> ALLOWED_FROM.get(action).contains(this))
                .toList();
    }

    /** Whether {@code FOUND_AGAIN} from this status reopens the mismatch. */
    public boolean reopensWhenFound() {
        return this == RESOLVED;
    }
}
