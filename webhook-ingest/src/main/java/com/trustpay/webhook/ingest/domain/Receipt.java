package com.trustpay.webhook.ingest.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An accepted webhook as stored: who sent it, what it says about itself, the headers that matter and the body
 * exactly as received.
 */
public record Receipt(
        UUID receiptId,
        String provider,
        ProviderEvent event,
        boolean stale,
        Map<String, String> headers,
        byte[] rawBody,
        Instant receivedAt) {

    /** The receipt of a verified, parsed webhook; stale when its event is older than {@code staleAfter}. */
    public static Receipt of(
            WebhookVerifier verifier, InboundWebhook webhook, ProviderEvent event, Duration staleAfter) {
        return new Receipt(
                ReceiptIds.next(),
                verifier.provider(),
                event,
                event.isStale(webhook.receivedAt(), staleAfter),
                retained(verifier, webhook),
                webhook.body(),
                webhook.receivedAt());
    }

    /** The request headers named by the verifier that are present, in the verifier's order. */
    public static Map<String, String> retained(WebhookVerifier verifier, InboundWebhook webhook) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : verifier.retainedHeaders()) {
            String value = webhook.header(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return kept;
    }
}
