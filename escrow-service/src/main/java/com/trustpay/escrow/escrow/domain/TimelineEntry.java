package com.trustpay.escrow.escrow.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an escrow's timeline: an event (its stable {@link EscrowEvent#kind() kind}), the status change it made,
 * who caused it and when.
 */
public record TimelineEntry(
        String kind, EscrowStatus fromStatus, EscrowStatus toStatus, UUID actorId, String detail, Instant at) {

    /** The same line without who caused it, for readers who may not learn which admin acted. */
    public TimelineEntry withoutActor() {
        return new TimelineEntry(kind, fromStatus, toStatus, null, detail, at);
    }
}
