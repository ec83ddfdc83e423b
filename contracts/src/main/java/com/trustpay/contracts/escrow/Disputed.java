package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * A party disputed the deal while the money was held (status DISPUTED); an admin decides.
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record Disputed(UUID escrowId, UUID byUserId, String reason) implements Message {}
