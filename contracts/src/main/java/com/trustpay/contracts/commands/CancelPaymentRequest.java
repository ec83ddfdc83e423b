package com.trustpay.contracts.commands;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * Withdraw an open payment request (expire the Dynamic QR or collect at the provider) because the escrow was
 * cancelled before the money arrived.
 *
 * <p>Sent by escrow-service on cancel from AWAITING_PAYMENT or PAYMENT_FAILED. Topic {@code escrow.commands},
 * key: escrow id. If the payer pays anyway in the race, payment-service reports PaymentSucceeded and the
 * escrow refunds it.
 *
 * @param attempt the latest attempt to withdraw
 */
public record CancelPaymentRequest(UUID escrowId, int attempt, String reason) implements Message {}
