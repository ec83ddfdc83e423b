package com.trustpay.contracts.payout;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * A payout request went to the payout provider (its idempotency key was stored before the call).
 *
 * <p>Emitted by payment-service once per payout attempt. Topic {@code payout.events}, key: escrow id.
 *
 * @param payoutReference our reference for this payout attempt (also its idempotency key)
 * @param round the ReleaseFunds round
 * @param attempt 1, 2, 3 … within the round
 */
public record PayoutInitiated(
        UUID escrowId,
        String payoutReference,
        int round,
        int attempt,
        long amountPaise,
        String payeeVpa,
        Instant initiatedAt)
        implements Message {}
