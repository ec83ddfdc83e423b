package com.trustpay.payment.refund.domain;

/** One refund on our side. */
public enum RefundStatus {
    /** Committed with our reference; Setu has not (knowingly) accepted it yet. */
    CREATING,
    /** Setu accepted it and is working on it. */
    PENDING,
    SUCCEEDED,
    FAILED;

    public boolean open() {
        return this == CREATING || this == PENDING;
    }
}
