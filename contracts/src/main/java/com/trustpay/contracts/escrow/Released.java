package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * The payee was paid (status RELEASED; final unless the bank reverses the payout, see {@link ReleaseReversed}).
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 *
 * @param milestone the milestone this concerns (1, 2, …), or null when the escrow is released as one
 */
public record Released(UUID escrowId, long amountPaise, String payoutReference, Integer milestone) implements Message {

    /** The escrow released as one. */
    public Released(UUID escrowId, long amountPaise, String payoutReference) {
        this(escrowId, amountPaise, payoutReference, null);
    }
}
