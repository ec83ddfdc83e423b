package com.trustpay.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

/**
 * What a listener calls first: decodes the record and runs the handler as the handling of that message, so
 * that anything it writes carries the right correlation, causation and trace context.
 */
public final class InboundMessages {

    /** The logging MDC key of the escrow being worked on (records are keyed by escrow id). */
    public static final String ESCROW_ID = "escrowId";

    private final EnvelopeCodec codec;

    public InboundMessages(EnvelopeCodec codec) {
        this.codec = codec;
    }

    public void handle(ConsumerRecord<String, byte[]> record, Consumer<Incoming> handler) {
        Incoming incoming = codec.decode(record);
        Header trace = record.headers().lastHeader(MessageHeaders.TRACEPARENT);
        MessageContext context = new MessageContext(
                incoming.envelope().eventId(),
                incoming.envelope().correlationId(),
                trace == null ? null : new String(trace.value(), StandardCharsets.UTF_8));
        // Every line logged while handling it names the escrow (the record key), unless a caller already set one.
        String escrowId = record.key();
        if (escrowId == null || MDC.get(ESCROW_ID) != null) {
            MessageContext.runAs(context, () -> handler.accept(incoming));
            return;
        }
        MDC.put(ESCROW_ID, escrowId);
        try {
            MessageContext.runAs(context, () -> handler.accept(incoming));
        } finally {
            MDC.remove(ESCROW_ID);
        }
    }
}
