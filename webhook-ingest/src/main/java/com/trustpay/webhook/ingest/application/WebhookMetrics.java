package com.trustpay.webhook.ingest.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The webhook meters: {@code webhook.received}, {@code webhook.verified}, {@code webhook.rejected} (by reason),
 * {@code webhook.duplicates}, {@code webhook.stale} (counters, by provider), {@code webhook.latency} (a timer with
 * a percentile histogram, by provider and outcome) and {@code webhook.batch.size}. Provider tags are limited to
 * known providers and {@code unknown}, and reasons and outcomes are fixed words, so a caller cannot grow the tag
 * space (nor the cache of meters).
 */
public class WebhookMetrics {

    public static final String UNKNOWN_PROVIDER = "unknown";

    private final MeterRegistry registry;
    /** Meters by name and tag values, built once: building and registering a meter per request costs CPU. */
    private final Map<List<String>, Meter> meters = new ConcurrentHashMap<>();

    public WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void received(String provider) {
        counter("webhook.received", provider).increment();
    }

    public void verified(String provider) {
        counter("webhook.verified", provider).increment();
    }

    public void duplicate(String provider) {
        counter("webhook.duplicates", provider).increment();
    }

    public void stale(String provider) {
        counter("webhook.stale", provider).increment();
    }

    /** @param reason a fixed word such as {@code signature}, {@code malformed}, {@code too_large} */
    public void rejected(String provider, String reason) {
        meter(List.of("webhook.rejected", provider, reason), () -> Counter.builder("webhook.rejected")
                        .tag("provider", provider)
                        .tag("reason", reason)
                        .register(registry))
                .increment();
    }

    public void latency(String provider, String outcome, Duration duration) {
        meter(List.of("webhook.latency", provider, outcome), () -> Timer.builder("webhook.latency")
                        .description("Time from request to response, including the commit")
                        .tag("provider", provider)
                        .tag("outcome", outcome)
                        .publishPercentileHistogram()
                        .register(registry))
                .record(duration);
    }

    /** {@code webhook.batch.size}: receipts committed together by the {@link ReceiptWriter}. */
    public void batchCommitted(int size) {
        meter(List.of("webhook.batch.size"), () -> DistributionSummary.builder("webhook.batch.size")
                        .description("Receipts committed in one transaction")
                        .register(registry))
                .record(size);
    }

    private Counter counter(String name, String provider) {
        return meter(
                List.of(name, provider),
                () -> Counter.builder(name).tag("provider", provider).register(registry));
    }

    @SuppressWarnings("unchecked")
    private <M extends Meter> M meter(List<String> key, Supplier<M> create) {
        return (M) meters.computeIfAbsent(key, k -> create.get());
    }
}
