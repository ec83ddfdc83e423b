package com.trustpay.payment.polling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When to read a pending resource from the provider again: first {@code firstAfter} its creation, then every
 * {@code every} for {@code lasting} per phase, in order, then every {@code thenEvery}. The default is the issue's:
 * after 20 s, every 3 s for 30 s, 6 s for 60 s, 10 s for 60 s, 30 s for 60 s, then every minute.
 */
public record PollSchedule(Duration firstAfter, List<Phase> phases, Duration thenEvery) {

    /** Poll every {@code every} for {@code lasting}. */
    public record Phase(Duration every, Duration lasting) {}

    public static final PollSchedule DEFAULT = new PollSchedule(
            Duration.ofSeconds(20),
            List.of(
                    new Phase(Duration.ofSeconds(3), Duration.ofSeconds(30)),
                    new Phase(Duration.ofSeconds(6), Duration.ofSeconds(60)),
                    new Phase(Duration.ofSeconds(10), Duration.ofSeconds(60)),
                    new Phase(Duration.ofSeconds(30), Duration.ofSeconds(60))),
            Duration.ofMinutes(1));

    public PollSchedule {
        phases = List.copyOf(phases);
    }

    /** The next poll of something created at {@code createdAt}, asked at {@code now}. */
    public Instant next(Instant createdAt, Instant now) {
        Instant first = createdAt.plus(firstAfter);
        if (now.isBefore(first)) {
            return first;
        }
        Instant phaseEnd = first;
        for (Phase phase : phases) {
            phaseEnd = phaseEnd.plus(phase.lasting());
            if (now.isBefore(phaseEnd)) {
                return now.plus(phase.every());
            }
        }
        return now.plus(thenEvery);
    }
}
