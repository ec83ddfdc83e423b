package com.trustpay.contracts.payment;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * The payment request expired without a payment.
 *
 * <p>Emitted by payment-service at most once per attempt. Topic {@code payment.events}, key: escrow id.
 */
public record PaymentExpired(UUID escrowId, int attempt, String paymentReference, Instant expiredAt)
        implements Message {}
