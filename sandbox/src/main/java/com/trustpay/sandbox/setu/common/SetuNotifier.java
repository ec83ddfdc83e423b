package com.trustpay.sandbox.setu.common;

import com.trustpay.sandbox.common.Ids;
import com.trustpay.sandbox.webhooks.Provider;
import com.trustpay.sandbox.webhooks.WebhookOutbox;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds Setu notification bodies (PROVIDERS.md 1.10): the base fields {@code eventId} (a fresh UUID),
 * {@code eventType}, {@code eventTs} (+05:30), {@code resource}, {@code status}, then the resource's fields.
 */
public class SetuNotifier {

    private final WebhookOutbox outbox;

    public SetuNotifier(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    /** Sends {@code <resource>.<eventStatus>} with the payload {@code status} and the resource fields. */
    public void notify(String resource, String eventStatus, String status, Map<String, Object> fields) {
        String eventId = Ids.uuid();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("eventType", resource + "." + eventStatus);
        body.put("eventTs", SetuTime.format(Instant.now()));
        body.put("resource", resource);
        body.put("status", status);
        fields.forEach(body::putIfAbsent);
        outbox.publish(Provider.SETU, resource + "." + eventStatus, eventId, body);
    }
}
