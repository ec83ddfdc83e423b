package com.trustpay.payment.ledger.domain;

/** TigerBeetle's transfer kinds. */
public enum TransferFlag {
    /** Single-phase: posted at once. */
    POSTED,
    /** Reserves the amount (counted against the debit account's available balance) until posted or voided. */
    PENDING,
    /** Posts a pending transfer. */
    POST_PENDING,
    /** Releases a pending transfer. */
    VOID_PENDING
}
