package com.trustpay.webhook.ingest.domain;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Time-ordered receipt ids (UUID version 7, RFC 9562): 48 bits of epoch milliseconds, then random bits, so new
 * rows land at the right edge of the primary-key index instead of all over it. They need to be unique, not
 * secret, so a fast non-cryptographic random is enough.
 */
public final class ReceiptIds {

    private ReceiptIds() {}

    public static UUID next() {
        long millis = System.currentTimeMillis();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long randomHigh = random.nextLong();
        long randomLow = random.nextLong();
        long most = (millis << 16) | 0x7000L | (randomHigh & 0x0FFFL);
        long least = (randomLow & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
