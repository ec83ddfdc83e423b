package com.trustpay.sandbox.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One notification on its way: fixed bytes and event id, plus the attempts made so far. Thread-safe. */
class Delivery {

    private final String id;
    private final Provider provider;
    private final String eventType;
    private final String eventId;
    private final byte[] body;
    private final String duplicateOf;
    private final Instant createdAt;
    private final List<DeliveryAttempt> attempts = new ArrayList<>();
    private DeliveryStatus status = DeliveryStatus.PENDING;
    private Instant nextAttemptAt;

    Delivery(String id, Provider provider, String eventType, String eventId, byte[] body, String duplicateOf) {
        this.id = id;
        this.provider = provider;
        this.eventType = eventType;
        this.eventId = eventId;
        this.body = body;
        this.duplicateOf = duplicateOf;
        this.createdAt = Instant.now();
    }

    String id() {
        return id;
    }

    Provider provider() {
        return provider;
    }

    String eventId() {
        return eventId;
    }

    byte[] body() {
        return body;
    }

    synchronized int attemptCount() {
        return attempts.size();
    }

    synchronized void record(DeliveryAttempt attempt, DeliveryStatus next, Instant nextAttemptAt) {
        attempts.add(attempt);
        if (status != DeliveryStatus.DELIVERED) {
            status = attempt.succeeded() ? DeliveryStatus.DELIVERED : next;
        }
        this.nextAttemptAt = nextAttemptAt;
    }

    /** A manual attempt never changes a pending delivery's schedule; it can only complete it. */
    synchronized void recordManual(DeliveryAttempt attempt) {
        attempts.add(attempt);
        if (attempt.succeeded()) {
            status = DeliveryStatus.DELIVERED;
            nextAttemptAt = null;
        } else if (status == DeliveryStatus.DROPPED) {
            status = DeliveryStatus.FAILED;
        }
    }

    synchronized boolean delivered() {
        return status == DeliveryStatus.DELIVERED;
    }

    synchronized void markDropped() {
        status = DeliveryStatus.DROPPED;
    }

    synchronized void scheduled(Instant at) {
        nextAttemptAt = at;
    }

    synchronized DeliveryView view() {
        return new DeliveryView(
                id,
                provider,
                eventType,
                eventId,
                status,
                duplicateOf,
                createdAt,
                nextAttemptAt,
                List.copyOf(attempts),
                new String(body, StandardCharsets.UTF_8));
    }
}
