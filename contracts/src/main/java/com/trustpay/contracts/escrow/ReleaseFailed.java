package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * Every payout attempt of the round failed (status RELEASE_FAILED); an admin can retry the release.
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 *
 * @param milestone the milestone this concerns (1, 2, …), or null when the escrow is released as one
 */
public record ReleaseFailed(UUID escrowId, int round, String reason, Integer milestone) implements Message {

    /** The escrow released as one. */
    public ReleaseFailed(UUID escrowId, int round, String reason) {
        this(escrowId, round, reason, null);
    }
}
