package com.trustpay.payment.ledger.domain;

import java.util.UUID;

/** The ledger's accounts: three per escrow and one clearing account per provider. */
public enum AccountKind {
    /** What was collected for the escrow and is still held (credit-normal; may never be overdrawn). */
    HELD,
    /** What was paid out to the payee. */
    PAID_OUT,
    /** What was refunded to the payer. */
    REFUNDED,
    /** Money the collecting provider (Setu) received for us: the source of every capture. */
    SETU_CLEARING,
    /** The payout provider's account (RazorpayX); settled from its statements, not from escrow events. */
    RAZORPAYX_CLEARING;

    public boolean perEscrow() {
        return this == HELD || this == PAID_OUT || this == REFUNDED;
    }

    /** The account's id: {@code <escrow id>:<kind>} for an escrow account, the kind for a clearing account. */
    public String accountId(UUID escrowId) {
        if (!perEscrow()) {
            return name();
        }
        if (escrowId == null) {
            throw new IllegalArgumentException(this + " is an escrow account");
        }
        return escrowId + ":" + name();
    }
}
