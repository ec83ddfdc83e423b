package com.trustpay.platform.scheduling;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The one way a TrustPay service runs something periodically (pollers, sweeps, alert flushes): declare a bean
 * {@code new PeriodicJob("name", every, work)}. The work runs on a thread of its own, first {@code firstAfter}
 * after the context starts, then again {@code every} after each run ends (a fixed delay, so runs never overlap on
 * one instance). A run that throws is logged and the job goes on.
 *
 * <p>It starts with the application context and stops with it: stopping wakes a sleeping job at once and waits
 * for a running round to finish (within Spring's {@code spring.lifecycle.timeout-per-shutdown-phase}), so a round
 * is never cut off between a provider call and the write of its answer.
 *
 * <p>Every instance of a service runs its jobs; what keeps two instances from doing the same row twice is the
 * work itself — {@link DueRows} claims rows with {@code FOR UPDATE SKIP LOCKED} and a lease. A job whose work is
 * in memory only (a throttle's flush, a rate limiter's sweep) concerns its own instance anyway.
 */
public final class PeriodicJob implements SmartLifecycle {

    /** How long {@link #stop()} waits for a round in progress; Spring's own shutdown uses its phase timeout. */
    public static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    private final String name;
    private final Duration firstAfter;
    private final Duration every;
    private final Runnable work;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile Thread worker;
    private volatile boolean running;

    /** A job first run {@code every} after start, then {@code every} after each run. */
    public PeriodicJob(String name, Duration every, Runnable work) {
        this(name, every, every, work);
    }

    public PeriodicJob(String name, Duration firstAfter, Duration every, Runnable work) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A periodic job needs a name (it names its thread and its logs)");
        }
        if (firstAfter == null || firstAfter.isNegative() || every == null || !every.isPositive()) {
            throw new IllegalArgumentException(
                    "Job " + name + ": the first run must not be in the past and the interval must be positive");
        }
        this.name = name;
        this.firstAfter = firstAfter;
        this.every = every;
        this.work = work;
    }

    public String name() {
        return name;
    }

    @Override
    public void start() {
        if (running) {
            return;
        }
        wakeUp.drainPermits();
        running = true;
        worker = Thread.ofPlatform().name("job-" + name).daemon().start(this::loop);
    }

    private void loop() {
        Duration pause = firstAfter;
        while (sleep(pause)) {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("Job {} failed; it runs again in {}", name, every, e);
            }
            pause = every;
        }
    }

    /** Sleeps unless stopped; returns whether the job should run. */
    private boolean sleep(Duration pause) {
        try {
            if (running && !pause.isZero()) {
                wakeUp.tryAcquire(pause.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return running;
    }

    /** Stops the job and waits (at most {@link #STOP_WAIT}) for a round in progress to end. */
    @Override
    public void stop() {
        Thread thread = signalStop();
        if (thread != null) {
            try {
                thread.join(STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void stop(Runnable callback) {
        Thread thread = signalStop();
        if (thread == null) {
            callback.run();
            return;
        }
        // Waits off the caller's thread, so that all jobs of a context stop in parallel within the phase timeout.
        Thread.ofVirtual().name("job-" + name + "-stop").start(() -> {
            join(thread);
            callback.run();
        });
    }

    private Thread signalStop() {
        running = false;
        wakeUp.release();
        Thread thread = worker;
        worker = null;
        return thread;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public String toString() {
        return "PeriodicJob[" + name + " every " + every + "]";
    }
}
