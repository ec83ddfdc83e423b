package com.trustpay.escrow.escrow.domain;

import java.time.Instant;

/**
 * The payout side of an escrow.
 *
 * @param round the current ReleaseFunds round (0 before the first)
 * @param reference payment-service's reference of the latest payout attempt
 */
public record Payout(int round, String reference, Instant initiatedAt, Instant completedAt) {

    public static Payout none() {
        return new Payout(0, null, null, null);
    }
}
