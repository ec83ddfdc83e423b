package com.trustpay.contracts;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The wrapper around every message on every topic.
 *
 * @param eventId the de-duplication key: consumers apply a given event id at most once
 * @param type the message type name, e.g. {@code PaymentSucceeded} (also the {@code tp-type} header)
 * @param version the schema version of {@code type}; additive changes keep it, breaking ones raise it
 * @param occurredAt when the producer decided the fact or command
 * @param escrowId the escrow concerned, or {@code null}; when present it is also the Kafka key
 * @param correlationId shared by every message caused, directly or not, by one user or provider action
 * @param causationId the event id of the message whose handling produced this one, or {@code null}
 * @param payload the message record as JSON
 */
public record Envelope(
        UUID eventId,
        String type,
        int version,
        OffsetDateTime occurredAt,
        UUID escrowId,
        UUID correlationId,
        UUID causationId,
        JsonNode payload) {

    public Envelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(payload, "payload");
    }
}
