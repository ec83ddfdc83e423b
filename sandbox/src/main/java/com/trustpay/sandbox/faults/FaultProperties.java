package com.trustpay.sandbox.faults;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Start-up faults ({@code sandbox.faults.*}, same fields as {@link Faults}); reset returns to these. */
@ConfigurationProperties("sandbox.faults")
public record FaultProperties(
        long latencyMs, long timeoutMs, Map<String, EndpointFault> endpoints, WebhookFaults webhooks) {

    Faults toFaults() {
        return new Faults(latencyMs, timeoutMs, endpoints, webhooks);
    }
}
