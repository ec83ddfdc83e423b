package com.trustpay.escrow.escrow.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an escrow's timeline: an event (its stable {@link EscrowEvent#kind() kind}), the status change it made,
 * who caused it and when, and what it tells its readers ({@link TimelineFacts}).
 */
public record TimelineEntry(
        String kind, EscrowStatus fromStatus, EscrowStatus toStatus, UUID actorId, TimelineFacts facts, Instant at) {}
