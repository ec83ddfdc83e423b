package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Duration;

/**
 * The thresholds of the engine.
 *
 * @param stuckPaymentAfter a payment still open this long after it was requested, and past its validity, is stuck
 * @param stuckPayoutAfter a payout or refund still processing this long after it was initiated is stuck
 * @param settleLag how long one side may trail the other before a disagreement counts (escrow-service acts on
 *     payment-service's events, so for a moment after each event the two sides differ by design)
 */
public record MatchingRules(Duration stuckPaymentAfter, Duration stuckPayoutAfter, Duration settleLag) {

    public static final MatchingRules DEFAULTS =
            new MatchingRules(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofMinutes(2));

    public MatchingRules {
        if (stuckPaymentAfter.isNegative() || stuckPayoutAfter.isNegative() || settleLag.isNegative()) {
            throw new IllegalArgumentException("Thresholds must not be negative");
        }
    }
}
