package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * The held money is being refunded to the payer (status REFUNDING), after a cancel or a dispute decided for the payer.
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record RefundStarted(UUID escrowId, long amountPaise, String reason) implements Message {}
