package com.trustpay.payment.payout.domain;

/** One payout attempt on our side. */
public enum PayoutStatus {
    /** Committed with its idempotency key; no payout id from the provider yet. */
    CREATING,
    /** The provider has the payout and is working on it. */
    PROCESSING,
    SUCCEEDED,
    FAILED,
    /** Reversed by the bank after we had reported success. */
    REVERSED,
    /**
     * Processed by the provider although we had settled it otherwise: after we had recorded it FAILED, or while
     * another payout of the escrow had already succeeded. Money left that should not have; the escrow's money is
     * frozen (no retry-release, no refund) until ops resolve it.
     */
    INCIDENT;

    public boolean open() {
        return this == CREATING || this == PROCESSING;
    }
}
