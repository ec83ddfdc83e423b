package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * The payer got the money back (status REFUNDED, final).
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record Refunded(UUID escrowId, long amountPaise, String refundReference) implements Message {}
