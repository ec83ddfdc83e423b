package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * A payment request was sent for the given attempt (status PAYMENT_PENDING).
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record PaymentAwaited(UUID escrowId, int attempt) implements Message {}
