package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * The escrow was cancelled before any money was held (status CANCELLED, final).
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record Cancelled(UUID escrowId, UUID byUserId, String reason, String previousStatus) implements Message {}
