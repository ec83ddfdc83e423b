package com.trustpay.escrow.escrow.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an escrow's timeline: an event (its stable {@link EscrowEvent#kind() kind}), the status change it made,
 * who caused it and when, and its facts for the people who read it (ADR 0022): the money it moved, the references a
 * bank can trace, a note written for them and a decision's outcome. {@code detail} is the internal line (attempts,
 * rounds, payout references, the provider's own words), for admins only.
 *
 * @param amountPaise the money the event moved or asked for, or null when it moved none
 * @param paymentRrn the bank's RRN of the payment that arrived (FundsHeld)
 * @param payoutUtr the bank's UTR of the payout (Released), when the provider reported one
 * @param refundReference the refund's reference (Refunded), the one the payer quotes to the bank
 * @param note words meant for the parties: a decline in plain words, a party's reason, an admin's decision note
 * @param outcome where an admin's decision sends the money, on DisputeResolved rows only
 */
public record TimelineEntry(
        String kind,
        EscrowStatus fromStatus,
        EscrowStatus toStatus,
        UUID actorId,
        Long amountPaise,
        String paymentRrn,
        String payoutUtr,
        String refundReference,
        String note,
        Decision.Outcome outcome,
        String detail,
        Instant at) {}
