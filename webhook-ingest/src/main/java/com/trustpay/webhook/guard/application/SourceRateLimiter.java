package com.trustpay.webhook.guard.application;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per source address, in memory (each instance limits on its own). Buckets that have refilled
 * completely are forgotten, so the map holds only recently active sources; it is also capped.
 */
public class SourceRateLimiter {

    private final long perSecond;
    private final long burst;
    private final int maxTrackedSources;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param perSecond sustained requests per second per source; 0 or less turns limiting off */
    public SourceRateLimiter(long perSecond, long burst, int maxTrackedSources) {
        this.perSecond = perSecond;
        this.burst = Math.max(burst, perSecond);
        this.maxTrackedSources = maxTrackedSources;
    }

    /** Takes one token for {@code source}; empty when allowed, otherwise how long to wait before retrying. */
    public Optional<Duration> tryAcquire(String source) {
        if (perSecond <= 0) {
            return Optional.empty();
        }
        if (buckets.size() >= maxTrackedSources) {
            forgetIdle();
        }
        ConsumptionProbe probe =
                buckets.computeIfAbsent(source, s -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Drops buckets that are full again: their sources have been quiet long enough to start afresh. */
    public void forgetIdle() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= burst);
    }

    int trackedSources() {
        return buckets.size();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(burst)
                        .refillGreedy(perSecond, Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
