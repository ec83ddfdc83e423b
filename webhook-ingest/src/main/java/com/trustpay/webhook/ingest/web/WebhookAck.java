package com.trustpay.webhook.ingest.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * The 200 answer to a provider: {@code ACCEPTED} with the receipt id (and whether the event was stale), or
 * {@code DUPLICATE} when the event had already been received.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookAck(String status, UUID receiptId, Boolean stale) {

    static WebhookAck accepted(UUID receiptId, boolean stale) {
        return new WebhookAck("ACCEPTED", receiptId, stale);
    }

    static WebhookAck duplicate() {
        return new WebhookAck("DUPLICATE", null, null);
    }
}
