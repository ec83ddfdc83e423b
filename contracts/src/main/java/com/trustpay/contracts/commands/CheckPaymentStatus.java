package com.trustpay.contracts.commands;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * Ask payment-service to read the payment attempt from the provider now, because the payer says they have
 * paid. payment-service publishes whatever changed (or nothing).
 *
 * <p>Sent by escrow-service on {@code POST /api/escrows/{id}/payment/check}. Topic {@code escrow.commands},
 * key: escrow id.
 *
 * @param attempt the attempt the payer is looking at
 */
public record CheckPaymentStatus(UUID escrowId, int attempt) implements Message {}
