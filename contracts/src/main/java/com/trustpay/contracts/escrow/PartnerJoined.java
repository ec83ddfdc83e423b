package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * The second party joined with the code; the code is used up (status AWAITING_PAYMENT).
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record PartnerJoined(UUID escrowId, UUID payerUserId, UUID payeeUserId) implements Message {}
