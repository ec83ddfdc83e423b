package com.trustpay.platform.messaging;

/** Kafka header names TrustPay sets on every record, besides the envelope itself. */
public final class MessageHeaders {

    public static final String EVENT_ID = "tp-event-id";
    public static final String TYPE = "tp-type";
    public static final String CORRELATION_ID = "tp-correlation-id";
    /** W3C trace context, carried from the writer of the message to its consumers. */
    public static final String TRACEPARENT = "traceparent";

    private MessageHeaders() {}
}
