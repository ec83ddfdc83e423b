package com.trustpay.contracts.payment;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * The payer's money reached us, confirmed by reading the payment from the provider (a webhook alone is never
 * enough).
 *
 * <p>Emitted by payment-service once per attempt. Topic {@code payment.events}, key: escrow id. escrow-service
 * holds the funds only if {@code amountPaise} equals the escrow's amount.
 *
 * @param providerPaymentId the provider's payment id (needed to refund)
 * @param rrn the NPCI customer reference number
 * @param payerVpa the VPA the money came from
 */
public record PaymentSucceeded(
        UUID escrowId,
        int attempt,
        String paymentReference,
        long amountPaise,
        String providerPaymentId,
        String rrn,
        String payerVpa,
        Instant paidAt)
        implements Message {}
