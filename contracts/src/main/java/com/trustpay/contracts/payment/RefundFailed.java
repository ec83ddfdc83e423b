package com.trustpay.contracts.payment;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * The provider refused or failed the refund. The money is still with us; ops must act.
 *
 * <p>Emitted by payment-service once per refund, together with an AdminAlert. Topic {@code payment.events},
 * key: escrow id.
 */
public record RefundFailed(
        UUID escrowId, String refundReference, long amountPaise, String reasonCode, String reason, Instant failedAt)
        implements Message {}
