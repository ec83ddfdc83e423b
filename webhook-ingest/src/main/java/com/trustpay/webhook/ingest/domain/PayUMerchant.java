package com.trustpay.webhook.ingest.domain;

/**
 * A PayU merchant key and its salt (PROVIDERS.md §4): the salt keys the reverse hash of every callback.
 *
 * @param key the merchant key, the last field of the hashed string
 * @param salt the secret salt
 */
public record PayUMerchant(String key, String salt) {

    /** @throws IllegalArgumentException when either is blank */
    public PayUMerchant {
        if (key == null || key.isBlank() || salt == null || salt.isBlank()) {
            throw new IllegalArgumentException("A PayU merchant key and salt must not be blank");
        }
    }

    @Override
    public String toString() {
        return "PayUMerchant[redacted]";
    }
}
