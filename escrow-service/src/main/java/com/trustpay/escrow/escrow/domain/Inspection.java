package com.trustpay.escrow.escrow.domain;

import java.time.Instant;

/**
 * The payer's inspection period (ADR 0018): when the payee marked the deal delivered, when the payer's time to
 * confirm or dispute ends (after which the money is released automatically), when the reminder before that end
 * was sent, and when the money was released automatically because the period ended untouched (so the parties'
 * page can say so rather than "both confirmed"). All null until the payee marks the deal delivered.
 */
public record Inspection(Instant deliveredAt, Instant endsAt, Instant reminderSentAt, Instant autoReleasedAt) {

    private static final Inspection NONE = new Inspection(null, null, null, null);

    public static Inspection none() {
        return NONE;
    }

    static Inspection started(Instant deliveredAt, Instant endsAt) {
        return new Inspection(deliveredAt, endsAt, null, null);
    }

    public boolean delivered() {
        return deliveredAt != null;
    }

    Inspection reminded(Instant at) {
        return new Inspection(deliveredAt, endsAt, at, autoReleasedAt);
    }

    Inspection autoReleased(Instant at) {
        return new Inspection(deliveredAt, endsAt, reminderSentAt, at);
    }
}
