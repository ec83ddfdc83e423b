package com.trustpay.webhook.ingest.web;

import java.util.UUID;

/**
 * The 200 answer to a provider: {@code ACCEPTED} with the receipt id (and whether the event was stale), or
 * {@code DUPLICATE} when the event had already been received.
 */
record WebhookAck(String status, UUID receiptId, Boolean stale) {

    static WebhookAck accepted(UUID receiptId, boolean stale) {
        return new WebhookAck("ACCEPTED", receiptId, stale);
    }

    static WebhookAck duplicate() {
        return new WebhookAck("DUPLICATE", null, null);
    }

    /**
     * The answer as JSON, e.g. {@code {"status":"ACCEPTED","receiptId":"…","stale":false}}; absent members are left
     * out. Written by hand: the members are fixed words, a UUID and a boolean, so nothing needs escaping.
     */
    String json() {
        StringBuilder json =
                new StringBuilder(96).append("{\"status\":\"").append(status).append('"');
        if (receiptId != null) {
            json.append(",\"receiptId\":\"").append(receiptId).append('"');
        }
        if (stale != null) {
            json.append(",\"stale\":").append(stale);
        }
        return json.append('}').toString();
    }
}
