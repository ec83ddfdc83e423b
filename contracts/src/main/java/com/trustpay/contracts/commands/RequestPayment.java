package com.trustpay.contracts.commands;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.PaymentMode;
import java.util.UUID;

/**
 * Ask payment-service to collect the escrow's amount from the payer.
 *
 * <p>Sent by escrow-service when the second party joins (attempt 1) and on every payer retry (attempt 2,
 * 3, …). Topic {@code escrow.commands}, key: escrow id. payment-service creates at most one payment attempt
 * per (escrow id, attempt), so a redelivered command makes no second provider call.
 *
 * @param attempt 1 for the first request, then one more per retry
 * @param amountPaise the amount to collect, in paise
 * @param payerVpa the payer's VPA (needed for COLLECT; informative for INTENT)
 * @param payerName the payer's display name
 * @param mode Dynamic QR / intent link, or a collect request
 * @param note a short note shown in the payer's UPI app (at most 50 characters, no brackets)
 */
public record RequestPayment(
        UUID escrowId, int attempt, long amountPaise, String payerVpa, String payerName, PaymentMode mode, String note)
        implements Message {}
