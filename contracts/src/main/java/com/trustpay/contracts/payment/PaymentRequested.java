package com.trustpay.contracts.payment;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.PaymentMode;
import java.time.Instant;
import java.util.UUID;

/**
 * The provider accepted our payment request: the payer can now pay.
 *
 * <p>Emitted by payment-service after Setu created the Dynamic QR or collect for a RequestPayment. Topic
 * {@code payment.events}, key: escrow id.
 *
 * @param attempt the RequestPayment attempt this answers
 * @param paymentReference our own reference for the attempt (sent to the provider as referenceId)
 * @param intentLink the {@code upi://pay?...} link (INTENT), else {@code null}
 * @param shortLink the provider's short link, if any
 * @param qrPngBase64 the QR code of the intent link as a Base64 PNG (INTENT), else {@code null}
 * @param collectId the provider's collect id (COLLECT), else {@code null}
 * @param expiresAt when the request stops accepting payment
 */
public record PaymentRequested(
        UUID escrowId,
        int attempt,
        String paymentReference,
        PaymentMode mode,
        long amountPaise,
        String intentLink,
        String shortLink,
        String qrPngBase64,
        String collectId,
        Instant expiresAt)
        implements Message {}
