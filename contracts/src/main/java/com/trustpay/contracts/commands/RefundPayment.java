package com.trustpay.contracts.commands;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * Refund the collected money to the payer.
 *
 * <p>Sent by escrow-service on cancel after HELD, when an admin resolves a dispute (or a returned payout) for the
 * payer, and on every admin retry after REFUND_FAILED. Topic {@code escrow.commands}, key: escrow id.
 * payment-service refunds each (escrow id, refund number) at most once (ADR 0013) and never lets refunds of an escrow
 * add up to more than was collected.
 *
 * @param amountPaise how much to refund (the whole amount, or part of it)
 * @param reason why, as the user or admin gave it
 * @param refundNumber 1 for the escrow's first refund, then one more per refund started or retried: the same number
 *     published again (under a new event id) is not a second refund. Null from producers that predate it: such a
 *     command is acted on only while the escrow has no refund under way or succeeded
 */
public record RefundPayment(UUID escrowId, long amountPaise, String reason, Integer refundNumber) implements Message {

    /** A refund without a number, as producers that predate {@code refundNumber} send it. */
    public RefundPayment(UUID escrowId, long amountPaise, String reason) {
        this(escrowId, amountPaise, reason, null);
    }
}
