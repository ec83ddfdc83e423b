package com.trustpay.escrow.identity.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * How long logins for an e-mail address are refused after consecutive failures: not at all below {@code
 * maxFailures}, then {@code firstLock}, doubling with each further failure up to {@code maxLock}. Failures older
 * than {@code failureWindow} are forgotten.
 */
public record LoginBackoff(int maxFailures, Duration firstLock, Duration maxLock, Duration failureWindow) {

    public LoginBackoff {
        if (maxFailures < 1 || firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("A login backoff needs maxFailures >= 1 and 0 < firstLock <= maxLock");
        }
    }

    /** The lock that {@code consecutiveFailures} failures earn, if any. */
    public Optional<Duration> lockAfter(int consecutiveFailures) {
        if (consecutiveFailures < maxFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(consecutiveFailures - maxFailures, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(maxLock) > 0 || lock.isNegative() ? maxLock : lock);
    }
}
