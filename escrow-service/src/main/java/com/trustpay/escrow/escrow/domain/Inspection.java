package com.trustpay.escrow.escrow.domain;

import java.time.Instant;

/**
 * The payer's inspection period (ADR 0018): when the payee marked the deal delivered, when the payer's time to
 * confirm or dispute ends (after which the money is released automatically), and when the reminder before that end
 * was sent. All null until the payee marks the deal delivered.
 */
public record Inspection(Instant deliveredAt, Instant endsAt, Instant reminderSentAt) {

    private static final Inspection NONE = new Inspection(null, null, null);

    public static Inspection none() {
        return NONE;
    }

    static Inspection started(Instant deliveredAt, Instant endsAt) {
        return new Inspection(deliveredAt, endsAt, null);
    }

    public boolean delivered() {
        return deliveredAt != null;
    }

    Inspection reminded(Instant at) {
        return new Inspection(deliveredAt, endsAt, at);
    }
}
