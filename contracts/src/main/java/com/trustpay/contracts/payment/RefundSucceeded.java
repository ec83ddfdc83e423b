package com.trustpay.contracts.payment;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * The refund reached the payer, confirmed by reading it from the provider.
 *
 * <p>Emitted by payment-service once per refund. Topic {@code payment.events}, key: escrow id.
 */
public record RefundSucceeded(
        UUID escrowId, String refundReference, long amountPaise, String providerRefundId, Instant completedAt)
        implements Message {}
