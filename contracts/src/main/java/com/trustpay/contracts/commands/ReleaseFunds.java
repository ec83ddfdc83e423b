package com.trustpay.contracts.commands;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * Pay the held amount out to the payee.
 *
 * <p>Sent by escrow-service when both parties have confirmed (round 1), when an admin resolves a dispute
 * for the payee, and on every admin retry after RELEASE_FAILED (round 2, 3, …). Topic
 * {@code escrow.commands}, key: escrow id. payment-service runs at most one payout series per (escrow id,
 * milestone, round) and never more than one successful payout per (escrow, milestone); an escrow with milestones
 * is released one milestone at a time, each with its own command.
 *
 * @param round 1, then one more per admin retry-release
 * @param amountPaise the amount to pay out, in paise
 * @param payeeVpa where the money goes
 * @param payeeName the payee's name, for the payout's contact
 * @param reversedPayoutReference set only when an admin decided to pay the payee again after the bank reversed a
 *     payout: the reference of that reversed payout (from {@code PayoutReversed}). payment-service refuses, with a
 *     CRITICAL alert, any ReleaseFunds for an escrow with an unanswered reversal that does not name it, and pays at
 *     most one series per reversal; null on every other release
 * @param milestone the milestone to pay (1 to 10, its amount in {@code amountPaise}), or null to pay the escrow as one;
 *     payment-service runs one payout series per (escrow id, milestone, round) and pays each milestone at most once
 */
public record ReleaseFunds(
        UUID escrowId,
        int round,
        long amountPaise,
        String payeeVpa,
        String payeeName,
        String reversedPayoutReference,
        Integer milestone)
        implements Message {

    /** A release of the escrow as one that may answer a reversal. */
    public ReleaseFunds(
            UUID escrowId,
            int round,
            long amountPaise,
            String payeeVpa,
            String payeeName,
            String reversedPayoutReference) {
        this(escrowId, round, amountPaise, payeeVpa, payeeName, reversedPayoutReference, null);
    }

    /** A release that answers no reversal. */
    public ReleaseFunds(UUID escrowId, int round, long amountPaise, String payeeVpa, String payeeName) {
        this(escrowId, round, amountPaise, payeeVpa, payeeName, null, null);
    }
}
