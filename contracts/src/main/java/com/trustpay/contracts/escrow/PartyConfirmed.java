package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.PartyRole;
import java.util.UUID;

/**
 * One party confirmed the deal (or one milestone of it) is done. The status stays HELD until the other confirms too.
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 *
 * @param milestone the milestone confirmed (1, 2, …), or null when the escrow is confirmed as one
 */
public record PartyConfirmed(UUID escrowId, PartyRole role, UUID userId, Integer milestone) implements Message {

    /** A confirmation of the escrow as one. */
    public PartyConfirmed(UUID escrowId, PartyRole role, UUID userId) {
        this(escrowId, role, userId, null);
    }
}
