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
    REVERSED;

    public boolean open() {
        return this == CREATING || this == PROCESSING;
    }
}
