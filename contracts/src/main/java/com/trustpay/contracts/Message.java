package com.trustpay.contracts;

import java.util.UUID;

/**
 * A payload that travels inside an {@link Envelope}. Every TrustPay message is a record implementing this.
 */
public interface Message {

    /** The escrow this message is about, or {@code null} for messages that concern no single escrow. */
    UUID escrowId();

    /**
     * The Kafka record key. One escrow's messages share a key so that they stay in order; messages without
     * an escrow override this.
     */
    default String key() {
        return escrowId().toString();
    }
}
