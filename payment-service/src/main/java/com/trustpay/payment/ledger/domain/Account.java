package com.trustpay.payment.ledger.domain;

import java.util.UUID;

/** A ledger account and its balances (paise). */
public record Account(
        String id,
        UUID escrowId,
        AccountKind kind,
        long debitsPending,
        long debitsPosted,
        long creditsPending,
        long creditsPosted,
        String frozenReason) {

    /** Posted credits minus posted debits. */
    public long creditBalance() {
        return creditsPosted - debitsPosted;
    }

    /** What can still be debited: posted credits minus posted and pending debits. */
    public long available() {
        return creditsPosted - debitsPosted - debitsPending;
    }
}
