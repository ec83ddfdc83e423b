package com.trustpay.contracts.payout;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * Every payout attempt of a round failed: final for the round. An AdminAlert goes out with it and an admin
 * may start another round with retry-release.
 *
 * <p>Emitted by payment-service once per round. Topic {@code payout.events}, key: escrow id.
 */
public record PayoutFailed(
        UUID escrowId,
        String payoutReference,
        int round,
        int attempts,
        String reasonCode,
        String reason,
        Instant failedAt)
        implements Message {}
