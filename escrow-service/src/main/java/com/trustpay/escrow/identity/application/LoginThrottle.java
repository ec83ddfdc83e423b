package com.trustpay.escrow.identity.application;

import com.trustpay.escrow.identity.domain.LoginBackoff;
import com.trustpay.escrow.identity.persistence.LoginThrottleRepository;
import com.trustpay.platform.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Per-address login throttling, kept in PostgreSQL so that every instance (and a restart) sees the same count: after
 * {@link LoginBackoff#maxFailures()} consecutive failures the address is locked, for longer after each further
 * failure, and a login while locked is answered {@code LOGIN_LOCKED} (429 with {@code Retry-After}) without the
 * password being looked at. Unknown addresses are counted and locked the same way.
 */
public class LoginThrottle {

    private final LoginThrottleRepository attempts;
    private final LoginBackoff backoff;
    private final Clock clock;

    public LoginThrottle(LoginThrottleRepository attempts, LoginBackoff backoff, Clock clock) {
        this.attempts = attempts;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** Throws {@code LOGIN_LOCKED} while the address is locked. */
    public void checkOpen(String email) {
        Instant now = clock.instant();
        attempts.lockedUntil(email).filter(now::isBefore).ifPresent(until -> {
            throw ProblemException.tooManyRequests(
                    "LOGIN_LOCKED",
                    "Too many failed logins for this e-mail address. Try again later.",
                    secondsUntil(now, until));
        });
    }

    public void failed(String email) {
        Instant now = clock.instant();
        int failures = attempts.recordFailure(email, now, now.minus(backoff.failureWindow()));
        backoff.lockAfter(failures).ifPresent(lock -> attempts.lockUntil(email, now.plus(lock)));
    }

    public void succeeded(String email) {
        attempts.clear(email);
    }

    private static long secondsUntil(Instant now, Instant until) {
        Duration left = Duration.between(now, until);
        return left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
    }
}
