package com.trustpay.platform.messaging;

/** What a listener's failure says about the message, and so how the platform treats it. */
public enum FailureKind {
    /**
     * Something the message needs is unavailable for now (the database, the broker, a lock): retried without limit,
     * with a capped exponential backoff, and never dead-lettered. The message is not at fault.
     */
    TRANSIENT,
    /** The record can never be read (not an envelope, unknown type or version): dead-lettered at once. */
    POISON,
    /**
     * The message was read but refused (validation, an illegal argument, a decided domain refusal, a bug): retried a
     * few times in case it was a race, then dead-lettered, recorded and alerted, to be replayed after a fix.
     */
    PERMANENT
}
