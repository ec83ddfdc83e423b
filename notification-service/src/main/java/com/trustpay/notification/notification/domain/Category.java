package com.trustpay.notification.notification.domain;

/** What a notification is about, which decides whether its mail may be turned off. */
public enum Category {
    /** Money moved or must move: held, paid out, refunded, failed. Always mailed. */
    MONEY,
    /** The account's safety. Always mailed. */
    SECURITY,
    /** Progress of a deal (partner joined, a confirmation, a code expired). Mail can be turned off. */
    ACTIVITY,
    /** Operators' alerts. */
    OPS;

    /** Whether its mail goes even to a user who turned off non-critical mail. */
    public boolean critical() {
        return this != ACTIVITY;
    }
}
