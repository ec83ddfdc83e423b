package com.trustpay.webhook.guard;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Source limits for the webhook endpoints ({@code webhook.guard.*}).
 *
 * @param ratePerSecond sustained requests per second per source address (default 2000; 0 turns limiting off)
 * @param burst requests a quiet source may send at once (default: the rate)
 * @param maxTrackedSources cap on remembered source addresses (default 100000)
 * @param allowedSources per provider, addresses or CIDR ranges that may call; empty or absent allows all
 */
@ConfigurationProperties("webhook.guard")
public record GuardProperties(
        Long ratePerSecond, Long burst, Integer maxTrackedSources, Map<String, List<String>> allowedSources) {

    public GuardProperties {
        ratePerSecond = ratePerSecond == null ? 2000 : ratePerSecond;
        burst = burst == null ? ratePerSecond : burst;
        maxTrackedSources = maxTrackedSources == null ? 100_000 : maxTrackedSources;
        allowedSources = allowedSources == null ? Map.of() : Map.copyOf(allowedSources);
    }
}
