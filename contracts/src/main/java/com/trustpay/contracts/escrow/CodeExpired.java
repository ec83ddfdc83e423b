package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * Nobody joined within 7 days: the code no longer works (status EXPIRED, final).
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record CodeExpired(UUID escrowId, String code) implements Message {}
