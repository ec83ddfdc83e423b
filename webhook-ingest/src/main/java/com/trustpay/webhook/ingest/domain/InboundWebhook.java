package com.trustpay.webhook.ingest.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A webhook request as received: the provider named in the path, its headers (names in lower case) and the body
 * exactly as sent.
 */
public record InboundWebhook(String provider, Map<String, String> headers, byte[] body, Instant receivedAt) {

    /** The header's value, or {@code null}; {@code name} in any case. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
