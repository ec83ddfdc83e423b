package com.trustpay.reconciliation.reconciliation.domain;

/** Where escrow-service last said an escrow stands, as far as money is concerned. */
public enum EscrowPosition {
    OPEN,
    PAYMENT_PENDING,
    PAYMENT_LAPSED,
    HELD,
    DISPUTED,
    RELEASING,
    RELEASE_FAILED,
    RELEASED,
    REFUNDING,
    REFUNDED,
    CANCELLED,
    EXPIRED;

    /** escrow-service has given the money back, or is giving it back. */
    public boolean refundingOrRefunded() {
        return this == REFUNDING || this == REFUNDED;
    }
}
