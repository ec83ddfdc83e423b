package com.trustpay.notification.mail.domain;

import java.time.Duration;

/**
 * How long a mail waits after its n-th failed attempt: {@code first}, doubling each time, never more than {@code max};
 * after {@code maxAttempts} attempts it is given up.
 */
public record Backoff(Duration first, Duration max, int maxAttempts) {

    public Backoff {
        if (first == null || !first.isPositive() || max == null || max.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("A mail backoff needs 0 < first <= max and at least one attempt");
        }
    }

    /** The wait after {@code failedAttempts} failures (1 or more). */
    public Duration after(int failedAttempts) {
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    public boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
