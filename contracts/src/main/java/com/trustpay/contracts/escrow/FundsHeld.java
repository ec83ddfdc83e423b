package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * The payer's money arrived with the right amount and is held (status HELD).
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record FundsHeld(UUID escrowId, long amountPaise, String paymentReference) implements Message {}
