package com.trustpay.payment.payout.domain;

import java.time.Duration;

/**
 * How failed payout attempts are retried: at most {@code maxAttempts} per round; after failed attempt n the next
 * one waits {@code base × 2^(n-1)}, never more than {@code max}.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration max) {

    public boolean exhaustedAfter(int attempt) {
        return attempt >= maxAttempts;
    }

    public Duration delayAfter(int failedAttempt) {
        long factor = 1L << Math.min(30, Math.max(0, failedAttempt - 1));
        Duration delay = base.multipliedBy(factor);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
