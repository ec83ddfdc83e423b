package com.trustpay.payment.ledger.domain;

import java.util.UUID;

/** The ledger's accounts: four per escrow and one clearing account per provider. */
public enum AccountKind {
    /** What was collected for the escrow and is still held (credit-normal; may never be overdrawn). */
    HELD,
    /** What was paid out to the payee. */
    PAID_OUT,
    /** What was refunded to the payer. */
    REFUNDED,
    /**
     * Money that arrived for the escrow but is not its to hold (a second payment, a wrong amount, a late payment on
     * a dead attempt; ADR 0012): captured here, never into HELD, and refunded from here. May never be overdrawn.
     */
    EXCESS,
    /** Money the collecting provider (Setu) received for us: the source of every capture. */
    SETU_CLEARING,
    /** The payout provider's account (RazorpayX); settled from its statements, not from escrow events. */
    RAZORPAYX_CLEARING;

    public boolean perEscrow() {
        return this == HELD || this == PAID_OUT || this == REFUNDED || this == EXCESS;
    }

    /** The account's id: {@code <escrow id>:<kind>} for an escrow account, the kind for a clearing account. */
    /** Whether debits may never exceed posted credits (TigerBeetle's flag): HELD and EXCESS. */
    public boolean neverOverdrawn() {
        return this == HELD || this == EXCESS;
    }

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
