package com.trustpay.platform.deadletter;

import java.time.Instant;
import java.util.UUID;

/**
 * A record this service's consumer gave up on, as an operator sees it (the payload itself is not shown: it may hold
 * a payer's VPA; it is kept for the replay).
 *
 * @param consumerGroup the group whose listener failed, and the one a replay hands the record to
 * @param eventId the envelope's event id, from the record's headers, when it had one
 * @param failureKind {@code POISON} (could not be read) or {@code PERMANENT} (refused after bounded retries)
 * @param status {@code OPEN}, {@code REPLAYED} or {@code DISCARDED}
 * @param note why it was discarded, when it was
 */
public record DeadLetter(
        long id,
        String consumerGroup,
        String topic,
        int partition,
        long offset,
        String key,
        UUID eventId,
        String type,
        String failureKind,
        String reason,
        String status,
        Instant deadLetteredAt,
        int replayAttempts,
        String lastReplayError,
        Instant closedAt,
        String note) {

    public static final String OPEN = "OPEN";
    public static final String REPLAYED = "REPLAYED";
    public static final String DISCARDED = "DISCARDED";
}
