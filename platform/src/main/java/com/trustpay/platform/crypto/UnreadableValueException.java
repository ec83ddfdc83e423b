package com.trustpay.platform.crypto;

/**
 * A stored value does not decrypt: it is malformed, was changed after it was written, or belongs to another column
 * (its associated data differs). Never carries the value itself.
 */
public class UnreadableValueException extends IllegalStateException {

    public UnreadableValueException(String message) {
        super(message);
    }

    public UnreadableValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
