package com.trustpay.webhook.ingest.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one alert per key per interval, so a flood of forged webhooks becomes one alert a minute with a count
 * rather than thousands. The first occurrence alerts at once; later ones are counted and reported with the next
 * occurrence after the interval, or by {@link #due} when no further one comes.
 *
 * @param <K> what alerts are grouped by, e.g. provider and kind
 */
public final class AlertThrottle<K> {

    private final Duration interval;
    private final ConcurrentHashMap<K, Window> windows = new ConcurrentHashMap<>();

    public AlertThrottle(Duration interval) {
        this.interval = interval;
    }

    /**
     * Counts one occurrence at {@code now}.
     *
     * @return the burst to alert about now, or empty when this occurrence waits for the next alert
     */
    public Optional<Burst<K>> occurred(K key, Instant now) {
        Window window = windows.computeIfAbsent(key, k -> new Window());
        synchronized (window) {
            if (window.pending == 0) {
                window.firstPendingAt = now;
            }
            window.pending++;
            return window.canAlert(now, interval) ? Optional.of(window.drain(key, now)) : Optional.empty();
        }
    }

    /** The counted occurrences whose interval has passed without a further occurrence; they are then cleared. */
    public List<Burst<K>> due(Instant now) {
        List<Burst<K>> bursts = new ArrayList<>();
        windows.forEach((key, window) -> {
            synchronized (window) {
                if (window.pending > 0 && window.canAlert(now, interval)) {
                    bursts.add(window.drain(key, now));
                }
            }
        });
        return bursts;
    }

    /**
     * Occurrences reported together.
     *
     * @param count how many since the previous alert for the key
     * @param since when the first of them happened
     */
    public record Burst<K>(K key, long count, Instant since) {}

    private static final class Window {
        private Instant lastAlertAt;
        private Instant firstPendingAt;
        private long pending;

        boolean canAlert(Instant now, Duration interval) {
            return lastAlertAt == null || !now.isBefore(lastAlertAt.plus(interval));
        }

        <K> Burst<K> drain(K key, Instant now) {
            Burst<K> burst = new Burst<>(key, pending, firstPendingAt);
            pending = 0;
            lastAlertAt = now;
            return burst;
        }
    }
}
