package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time range a run compares, and for scheduled runs the key that makes the run happen once however many
 * instances try it.
 *
 * @param key {@code null} for a manual run (each request is a run of its own)
 */
public record RunWindow(RunTrigger trigger, Instant from, Instant to, String key) {

    /** Days are India Standard Time days: the daily run covers the previous one. */
    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    /** The longest range one run may cover. */
    public static final Duration LONGEST = Duration.ofDays(31);

    public RunWindow {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidRangeException("The range must start before it ends");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new InvalidRangeException("A run covers at most " + LONGEST.toDays() + " days");
        }
    }

    public static RunWindow manual(Instant from, Instant to) {
        return new RunWindow(RunTrigger.MANUAL, from, to, null);
    }

    /** The last whole window of length {@code every} before {@code now}, aligned to the epoch. */
    public static RunWindow rolling(Instant now, Duration every) {
        long size = every.toMillis();
        Instant end = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
        Instant start = end.minus(every);
        return new RunWindow(RunTrigger.ROLLING, start, end, "ROLLING:" + start + "/" + every);
    }

    /** The IST day before the one {@code now} falls in. */
    public static RunWindow previousIstDay(Instant now) {
        LocalDate yesterday = LocalDate.ofInstant(now, IST).minusDays(1);
        Instant start = yesterday.atStartOfDay(IST).toInstant();
        Instant end = yesterday.plusDays(1).atStartOfDay(IST).toInstant();
        return new RunWindow(RunTrigger.DAILY, start, end, "DAILY:" + yesterday);
    }
}
