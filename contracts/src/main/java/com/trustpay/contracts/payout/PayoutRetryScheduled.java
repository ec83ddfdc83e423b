package com.trustpay.contracts.payout;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * A payout attempt failed and another one is scheduled (exponential backoff).
 *
 * <p>Emitted by payment-service after each failed attempt that is not the last. Topic {@code payout.events},
 * key: escrow id.
 *
 * @param failedAttempt the attempt that failed
 * @param nextAttemptAt when the next attempt will be made
 */
public record PayoutRetryScheduled(
        UUID escrowId, String payoutReference, int round, int failedAttempt, Instant nextAttemptAt, String reason)
        implements Message {}
