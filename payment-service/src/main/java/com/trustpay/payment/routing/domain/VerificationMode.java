package com.trustpay.payment.routing.domain;

/**
 * How a collection provider's payments are found out (seed 002), configured per provider. Whatever the mode, an
 * open attempt is read once at its expiry (to expire it, or to find a last payment), and money that arrives on a
 * settled attempt is always looked into (ADR 0012): the modes choose the everyday signals, not the safety net.
 */
public enum VerificationMode {
    /** Webhooks, polling on the schedule, and the payer's "I have paid" check (the default). */
    HYBRID(true, true, true),
    /** Webhooks only: no polling before expiry, no payer checks. */
    WEBHOOK(true, false, false),
    /** Polling only ("automatic"): webhooks about open attempts and payer checks are ignored. */
    POLLING(false, true, false),
    /** The payer's "I have paid" check only: no polling before expiry, webhooks about open attempts ignored. */
    MANUAL(false, false, true);

    private final boolean webhooks;
    private final boolean polls;
    private final boolean payerChecks;

    VerificationMode(boolean webhooks, boolean polls, boolean payerChecks) {
        this.webhooks = webhooks;
        this.polls = polls;
        this.payerChecks = payerChecks;
    }

    public boolean webhooks() {
        return webhooks;
    }

    public boolean polls() {
        return polls;
    }

    public boolean payerChecks() {
        return payerChecks;
    }
}
