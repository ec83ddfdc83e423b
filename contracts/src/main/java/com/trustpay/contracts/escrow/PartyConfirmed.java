package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.PartyRole;
import java.util.UUID;

/**
 * One party confirmed the deal is done. The status stays HELD until the other confirms too.
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record PartyConfirmed(UUID escrowId, PartyRole role, UUID userId) implements Message {}
