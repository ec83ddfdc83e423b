package com.trustpay.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.support.AbstractStatefulConfigurable;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's {@link RateLimiter} with token buckets held in this process (Bucket4j). For a single
 * gateway instance or when no Redis is configured; several instances would each allow the full rate.
 */
public class InMemoryRateLimiter extends AbstractStatefulConfigurable<InMemoryRateLimiter.Config>
        implements RateLimiter<InMemoryRateLimiter.Config> {

    /** Idle buckets are dropped once this many keys are held, so the map cannot grow without bound. */
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public InMemoryRateLimiter() {
        super(Config.class);
    }

    /** The limiter with one configuration under {@code policy}. */
    public static InMemoryRateLimiter of(String policy, int replenishRate, int burstCapacity) {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter();
        limiter.getConfig().put(policy, new Config(replenishRate, burstCapacity));
        return limiter;
    }

    @Override
    public Mono<Response> isAllowed(String policy, String id) {
        Config config = getConfig().get(policy);
        if (config == null) {
            return Mono.error(new IllegalArgumentException("No rate limit configured for " + policy));
        }
        if (buckets.size() >= MAX_KEYS) {
            evictIdle(config);
        }
        Bucket bucket = buckets.computeIfAbsent(policy + "." + id, k -> newBucket(config));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        headers.put("X-RateLimit-Replenish-Rate", Integer.toString(config.replenishRate()));
        headers.put("X-RateLimit-Burst-Capacity", Integer.toString(config.burstCapacity()));
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            headers.put("Retry-After", Long.toString(seconds));
        }
        return Mono.just(new Response(probe.isConsumed(), headers));
    }

    private static Bucket newBucket(Config config) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(config.burstCapacity())
                        .refillGreedy(config.replenishRate(), Duration.ofSeconds(1)))
                .build();
    }

    private void evictIdle(Config config) {
        buckets.values().removeIf(b -> b.getAvailableTokens() >= config.burstCapacity());
    }

    /**
     * @param replenishRate tokens added per second
     * @param burstCapacity bucket size
     */
    public record Config(int replenishRate, int burstCapacity) {
        public Config {
            if (replenishRate < 1 || burstCapacity < 1) {
                throw new IllegalArgumentException("rate and burst must be positive");
            }
        }
    }
}
