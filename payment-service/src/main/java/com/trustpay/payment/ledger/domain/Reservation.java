package com.trustpay.payment.ledger.domain;

/** What asking the ledger to reserve money of an escrow's HELD account came to. */
public sealed interface Reservation {

    /** The pending transfer is recorded (or already was: the same event seen again). */
    record Reserved(Transfer pending, boolean duplicate) implements Reservation {}

    /** Nothing was ever collected for the escrow. */
    record NotCollected() implements Reservation {}

    /** Less is held than asked for (payouts and refunds, posted or pending, are already counted). */
    record Insufficient(long availablePaise) implements Reservation {}

    /** The escrow's money is frozen by an incident: no payout or refund until ops resolve it. */
    record Frozen(String reason) implements Reservation {}
}
