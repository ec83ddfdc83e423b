package com.trustpay.sandbox.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules work after virtual delays. A virtual delay {@code d} fires after {@code d / speed} of real time. Tasks
 * run on virtual threads; {@link #reset()} makes every task scheduled before it a no-op.
 */
public class VirtualClock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VirtualClock.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-clock");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicLong generation = new AtomicLong();
    private volatile double speed;

    public VirtualClock(double speed) {
        setSpeed(speed);
    }

    public double speed() {
        return speed;
    }

    public void setSpeed(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be > 0");
        }
        this.speed = speed;
    }

    /** Wall-clock now. */
    public Instant now() {
        return Instant.now();
    }

    /** The real time a virtual duration takes at the current speed. */
    public Duration toReal(Duration virtual) {
        return Duration.ofNanos(Math.max(0, (long) (virtual.toNanos() / speed)));
    }

    /** Runs {@code task} after the given virtual delay (immediately if it is zero or negative). */
    public ScheduledFuture<?> schedule(Duration virtualDelay, Runnable task) {
        long gen = generation.get();
        Runnable guarded = () -> {
            if (generation.get() == gen) {
                runSafely(task);
            }
        };
        return timer.schedule(
                () -> workers.execute(guarded), toReal(virtualDelay).toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Forgets every task scheduled so far (they still fire, but do nothing). */
    public void reset() {
        generation.incrementAndGet();
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("scheduled sandbox task failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
    }
}
