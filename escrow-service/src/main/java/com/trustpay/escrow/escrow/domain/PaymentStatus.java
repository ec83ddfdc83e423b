package com.trustpay.escrow.escrow.domain;

/** The payer's side of the money, as the payment view shows it. */
public enum PaymentStatus {
    /** No payment was requested yet. */
    NONE,
    PENDING,
    RECEIVED,
    FAILED,
    EXPIRED
}
