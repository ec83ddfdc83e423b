package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * Both parties confirmed (or an admin decided): the payout is on its way (status RELEASING). {@code round} counts admin retries.
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 *
 * @param milestone the milestone this concerns (1, 2, …), or null when the escrow is released as one
 */
public record ReleaseStarted(UUID escrowId, long amountPaise, int round, Integer milestone) implements Message {

    /** The escrow released as one. */
    public ReleaseStarted(UUID escrowId, long amountPaise, int round) {
        this(escrowId, amountPaise, round, null);
    }
}
