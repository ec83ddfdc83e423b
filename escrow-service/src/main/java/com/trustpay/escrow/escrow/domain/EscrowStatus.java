package com.trustpay.escrow.escrow.domain;

/** Where an escrow is in its life (ARCHITECTURE §3). */
public enum EscrowStatus {
    AWAITING_PARTNER,
    AWAITING_PAYMENT,
    PAYMENT_PENDING,
    PAYMENT_FAILED,
    HELD,
    RELEASING,
    RELEASED,
    /** The bank returned the payout after it succeeded: the money is back and waits for an admin's decision. */
    PAYOUT_REVERSED,
    RELEASE_FAILED,
    REFUNDING,
    REFUNDED,
    REFUND_FAILED,
    DISPUTED,
    CANCELLED,
    EXPIRED
}
