package com.trustpay.platform.messaging;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;

/** A received message: its envelope and its decoded payload. */
public record Incoming(Envelope envelope, Message payload) {

    public <T extends Message> T payloadAs(Class<T> type) {
        return type.cast(payload);
    }
}
