package com.trustpay.contracts.payment;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * A refund was accepted by the provider and is on its way.
 *
 * <p>Emitted by payment-service once per refund. Topic {@code payment.events}, key: escrow id.
 *
 * @param refundReference our own reference for the refund
 */
public record RefundInitiated(UUID escrowId, String refundReference, long amountPaise, Instant initiatedAt)
        implements Message {}
