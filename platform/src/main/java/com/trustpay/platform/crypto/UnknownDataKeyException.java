package com.trustpay.platform.crypto;

/**
 * A stored value names a key this process does not have: a key was dropped from the ring before every value under it
 * was re-encrypted, or the value was written by another environment.
 */
public class UnknownDataKeyException extends IllegalStateException {

    private final String keyId;

    public UnknownDataKeyException(String keyId) {
        super("The value was encrypted under data key " + keyId + ", which is not in trustpay.crypto.keys");
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}
