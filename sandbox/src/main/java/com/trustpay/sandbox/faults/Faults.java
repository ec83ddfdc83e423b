package com.trustpay.sandbox.faults;

import java.util.Map;

/**
 * The complete fault configuration.
 *
 * @param latencyMs real milliseconds added to every provider request
 * @param timeoutMs how long a request picked for a timeout hangs before its 504
 * @param endpoints per-endpoint faults keyed {@code "METHOD /path/{pattern}"} (e.g.
 *     {@code "POST /api/v1/merchants/dqr"}), or {@code "*"} for every provider endpoint
 * @param webhooks webhook faults
 */
public record Faults(long latencyMs, long timeoutMs, Map<String, EndpointFault> endpoints, WebhookFaults webhooks) {

    public static final Faults NONE = new Faults(0, 30_000, Map.of(), WebhookFaults.NONE);

    public Faults {
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
        webhooks = webhooks == null ? WebhookFaults.NONE : webhooks;
        timeoutMs = timeoutMs <= 0 ? 30_000 : timeoutMs;
    }
}
