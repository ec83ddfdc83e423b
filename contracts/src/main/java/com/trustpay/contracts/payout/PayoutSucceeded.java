package com.trustpay.contracts.payout;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * The payee was paid (payout {@code processed}, read back from the provider).
 *
 * <p>Emitted by payment-service at most once per escrow. Topic {@code payout.events}, key: escrow id.
 *
 * @param utr the bank's unique transaction reference, when known
 */
public record PayoutSucceeded(
        UUID escrowId,
        String payoutReference,
        long amountPaise,
        String providerPayoutId,
        String utr,
        Instant completedAt)
        implements Message {}
