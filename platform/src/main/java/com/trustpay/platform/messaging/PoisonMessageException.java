package com.trustpay.platform.messaging;

/**
 * A record that can never be handled (not an envelope, unknown type or version, payload that does not fit
 * its type). It goes straight to the dead-letter topic without retries.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonMessageException(String message) {
        super(message);
    }
}
