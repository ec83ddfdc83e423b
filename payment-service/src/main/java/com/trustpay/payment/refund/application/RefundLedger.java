package com.trustpay.payment.refund.application;

import com.trustpay.payment.ledger.domain.Reservation;
import java.time.Instant;
import java.util.UUID;

/**
 * The ledger postings of refunds ({@code refund:<reference>} transfers out of the escrow's HELD account, or its
 * EXCESS account for excess refunds), each in the caller's transaction. The ledger's constraints, not this port,
 * make an overdraw of HELD impossible.
 */
public interface RefundLedger {

    /** Locks the escrow's HELD account until the caller's transaction ends, so refund decisions run one at a time. */
    void lockHeld(UUID escrowId);

    /** A pending transfer HELD → REFUNDED, refused when HELD does not cover it (or the escrow is frozen). */
    Reservation reserve(UUID escrowId, String reference, long amountPaise, Instant now);

    /** A pending transfer EXCESS → REFUNDED; false if the excess was not captured. */
    boolean reserveExcess(UUID escrowId, String reference, long amountPaise, Instant now);

    /** Posts the refund's pending transfer; false if there was none. */
    boolean post(String reference, Instant now);

    /** Voids the refund's pending transfer; false if there was none. */
    boolean voidPending(String reference, Instant now);

    /** A one-phase transfer HELD → REFUNDED for a refund credited after it failed; false if HELD does not cover it. */
    boolean bookLate(UUID escrowId, String reference, long amountPaise, Instant now);

    /** Freezes the escrow's money: no payout, no refund until ops resolve it. */
    void freeze(UUID escrowId, String reason, Instant now);
}
