package com.trustpay.platform.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BinaryOperator;

/**
 * At most one alert per key per window, so a flood (of forged webhooks, say) becomes one alert a window with a
 * count rather than thousands. The first occurrence alerts at once; later ones are counted and reported with the
 * next occurrence after the window, or by {@link #due} when no further one comes. Each occurrence carries a value
 * (what the alert would say); a burst reports the values merged, by default the latest.
 *
 * @param <K> what alerts are grouped by, e.g. kind and provider
 * @param <V> what an occurrence carries
 */
public final class AlertThrottle<K, V> {

    private final Duration window;
    private final BinaryOperator<V> merge;
    private final ConcurrentHashMap<K, Window<V>> windows = new ConcurrentHashMap<>();

    /** A throttle that reports the latest value of a burst. */
    public AlertThrottle(Duration window) {
        this(window, (earlier, later) -> later);
    }

    /** @param merge combines an earlier and a later value of one burst, e.g. to keep the higher severity */
    public AlertThrottle(Duration window, BinaryOperator<V> merge) {
        if (window == null || !window.isPositive()) {
            throw new IllegalArgumentException("An alert throttle needs a positive window, not " + window);
        }
        this.window = window;
        this.merge = merge;
    }

    public Duration window() {
        return window;
    }

    /**
     * Counts one occurrence at {@code now}.
     *
     * @return the burst to alert about now, or empty when this occurrence waits for the next alert
     */
    public Optional<Burst<K, V>> occurred(K key, V value, Instant now) {
        Window<V> w = windows.computeIfAbsent(key, k -> new Window<>());
        synchronized (w) {
            w.add(1, value, now, merge);
            return w.canAlert(now, window) ? Optional.of(w.drain(key, now)) : Optional.empty();
        }
    }

    /** The counted occurrences whose window has passed without a further occurrence; they are then cleared. */
    public List<Burst<K, V>> due(Instant now) {
        List<Burst<K, V>> bursts = new ArrayList<>();
        windows.forEach((key, w) -> {
            synchronized (w) {
                if (w.pending > 0 && w.canAlert(now, window)) {
                    bursts.add(w.drain(key, now));
                }
            }
        });
        windows.entrySet().removeIf(entry -> entry.getValue().idleAt(now, window));
        return bursts;
    }

    /**
     * Takes back a burst whose alert was not sent after all (its transaction rolled back): its occurrences are
     * counted again and the key's window is reopened, so the next occurrence or {@link #due} reports them.
     */
    public void notSent(Burst<K, V> burst) {
        Window<V> w = windows.computeIfAbsent(burst.key(), k -> new Window<>());
        synchronized (w) {
            w.add(burst.count(), burst.value(), burst.since(), (pending, returned) -> pending);
            w.lastAlertAt = null;
        }
    }

    /**
     * Occurrences reported together.
     *
     * @param count how many since the previous alert for the key
     * @param since when the first of them happened
     * @param value what they carried, merged
     */
    public record Burst<K, V>(K key, long count, Instant since, V value) {}

    private static final class Window<V> {
        private Instant lastAlertAt;
        private Instant firstPendingAt;
        private long pending;
        private V value;

        void add(long count, V added, Instant at, BinaryOperator<V> merge) {
            if (pending == 0) {
                firstPendingAt = at;
                value = added;
            } else {
                firstPendingAt = at.isBefore(firstPendingAt) ? at : firstPendingAt;
                value = merge.apply(value, added);
            }
            pending += count;
        }

        boolean canAlert(Instant now, Duration window) {
            return lastAlertAt == null || !now.isBefore(lastAlertAt.plus(window));
        }

        boolean idleAt(Instant now, Duration window) {
            synchronized (this) {
                return pending == 0 && canAlert(now, window);
            }
        }

        <K> Burst<K, V> drain(K key, Instant now) {
            Burst<K, V> burst = new Burst<>(key, pending, firstPendingAt, value);
            pending = 0;
            value = null;
            lastAlertAt = now;
            return burst;
        }
    }
}
