package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * The payment attempt failed or expired (status PAYMENT_FAILED); {@code outcome} is FAILED or EXPIRED. The payer may retry.
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record PaymentLapsed(UUID escrowId, int attempt, String outcome, String reason) implements Message {}
