package com.trustpay.reconciliation.reconciliation.domain;

/** How payment-service last said one payment, payout or refund stands. */
public enum RecordStatus {
    /** Requested or initiated, no outcome yet (a retry scheduled is still pending). */
    PENDING,
    SUCCEEDED,
    FAILED,
    EXPIRED,
    /** A payout the bank returned after it had succeeded. */
    REVERSED
}
