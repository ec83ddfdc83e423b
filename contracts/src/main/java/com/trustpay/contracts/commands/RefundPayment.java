package com.trustpay.contracts.commands;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * Refund the collected money to the payer.
 *
 * <p>Sent by escrow-service on cancel after HELD and when an admin resolves a dispute for the payer. Topic
 * {@code escrow.commands}, key: escrow id. payment-service never lets refunds of an escrow add up to more
 * than was collected.
 *
 * @param amountPaise how much to refund (the whole amount, or part of it)
 * @param reason why, as the user or admin gave it
 */
public record RefundPayment(UUID escrowId, long amountPaise, String reason) implements Message {}
