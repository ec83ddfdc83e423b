package com.trustpay.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token buckets: {@code replenishRate} requests per second on average, bursts up to {@code burstCapacity}.
 *
 * @param user per authenticated user on {@code /api/**}
 * @param client per client address on {@code /api/**} (generous: many phones share a carrier's address)
 * @param webhook per client address on {@code /webhooks/**}
 */
@ConfigurationProperties("trustpay.rate-limit")
public record RateLimitProperties(Limit user, Limit client, Limit webhook) {

    /** One bucket shape. */
    public record Limit(int replenishRate, int burstCapacity) {}
}
