package com.trustpay.contracts.payment;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * Money arrived that is not the escrow's to hold, and payment-service is giving it back: a second payment after
 * another attempt was already paid, a payment of the wrong amount, or a late payment on a cancelled or expired
 * attempt. The money is kept apart from the escrow's held amount (ADR 0012) and refunded automatically through
 * {@code refundReference}; the escrow's own state does not change.
 *
 * <p>Emitted by payment-service at most once per provider payment. Topic {@code payment.events}, key: escrow id.
 * Consumers that do not know it ignore it; it is informational (an escrow history entry, a notice to the payer).
 *
 * @param attempt the attempt the money was paid against
 * @param paymentReference that attempt's reference
 * @param amountPaise what the payer paid
 * @param providerPaymentId the provider's payment id
 * @param reasonCode {@code DUPLICATE_PAYMENT}, {@code AMOUNT_MISMATCH} or {@code LATE_PAYMENT}
 * @param reason words a person understands
 * @param refundReference our reference of the refund that returns it
 */
public record PaymentReturned(
        UUID escrowId,
        int attempt,
        String paymentReference,
        long amountPaise,
        String providerPaymentId,
        String reasonCode,
        String reason,
        String refundReference,
        Instant returnedAt)
        implements Message {}
