package com.trustpay.webhook.ingest.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * What a webhook says about itself.
 *
 * @param eventId the provider's id of this notification; the de-duplication key
 * @param eventType e.g. {@code payment.success}, {@code payout.processed}
 * @param resourceId the provider's id of the payment, refund or payout concerned, or {@code null}
 * @param raisedAt when the provider raised the event, or {@code null} when the body does not say
 */
public record ProviderEvent(String eventId, String eventType, String resourceId, Instant raisedAt) {

    /** Longest id or type accepted; real ones are under 60 characters. */
    public static final int MAX_ID_LENGTH = 255;

    /** @throws MalformedWebhookException when the id or type is missing or an id is absurdly long */
    public ProviderEvent {
        requireId("event id", eventId);
        requireId("event type", eventType);
        if (resourceId != null && resourceId.length() > MAX_ID_LENGTH) {
            throw new MalformedWebhookException("Resource id longer than " + MAX_ID_LENGTH);
        }
    }

    private static void requireId(String what, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_ID_LENGTH) {
            throw new MalformedWebhookException("Missing or over-long " + what);
        }
    }

    /** Whether the event was raised longer than {@code window} before {@code receivedAt}. */
    public boolean isStale(Instant receivedAt, Duration window) {
        return raisedAt != null && raisedAt.plus(window).isBefore(receivedAt);
    }
}
