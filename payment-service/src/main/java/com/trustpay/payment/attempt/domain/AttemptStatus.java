package com.trustpay.payment.attempt.domain;

/** Where an attempt stands on our side. */
public enum AttemptStatus {
    /** Committed with our reference; the provider has not (knowingly) accepted it yet. */
    CREATING,
    /** The provider holds a Dynamic QR or collect for it; the payer may pay. */
    REQUESTED,
    SUCCEEDED,
    FAILED,
    EXPIRED,
    /** Withdrawn on CancelPaymentRequest and closed at the provider. */
    CANCELLED;

    public boolean terminal() {
        return this != CREATING && this != REQUESTED;
    }
}
