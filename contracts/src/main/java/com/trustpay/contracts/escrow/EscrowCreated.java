package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.PartyRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An escrow was created and waits for its partner (status AWAITING_PARTNER). {@code code} is the 6-character join code, {@code name} the friendly name.
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 *
 * @param milestones the parts the escrow is released in, one by one (2 to 10, adding up to {@code amountPaise}), or
 *     null when it is released as one
 */
public record EscrowCreated(
        UUID escrowId,
        String code,
        String name,
        String title,
        long amountPaise,
        PartyRole creatorRole,
        UUID creatorUserId,
        Instant codeExpiresAt,
        List<Milestone> milestones)
        implements Message {

    /** An escrow released as one. */
    public EscrowCreated(
            UUID escrowId,
            String code,
            String name,
            String title,
            long amountPaise,
            PartyRole creatorRole,
            UUID creatorUserId,
            Instant codeExpiresAt) {
        this(escrowId, code, name, title, amountPaise, creatorRole, creatorUserId, codeExpiresAt, null);
    }

    /**
     * One milestone of an escrow.
     *
     * @param number 1, 2, … in the creator's order: the {@code milestone} of its ReleaseFunds and payout events
     */
    public record Milestone(int number, String title, long amountPaise) {}
}
