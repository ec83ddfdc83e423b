package com.trustpay.platform.outbox;

import com.trustpay.platform.messaging.MessageContext;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * How the outbox carries a trace across its table (ADR 0015): the writer stores the W3C {@code traceparent} of the
 * span it runs in with the row, and the relay sends the row inside a span continuing that context, so that the
 * Kafka producer observation (and with it the record's {@code traceparent} header) and then the consumer's span
 * belong to the writer's trace, although the relay sends later, on another thread and perhaps in another process.
 *
 * <p>This base class is what runs without a tracer: the context of the message being handled, or the trace ids
 * some other tracer left in the MDC, and a send in no span (the relay still adds the stored header itself).
 */
public class OutboxTracing {

    /** The W3C trace context to store with rows written now, or {@code null} when no trace is in progress. */
    public String currentTraceparent() {
        MessageContext context = MessageContext.current();
        if (context != null && context.traceparent() != null) {
            return context.traceparent();
        }
        String traceId = MDC.get("traceId");
        String spanId = MDC.get("spanId");
        return traceId != null && spanId != null ? "00-" + traceId + "-" + spanId + "-01" : null;
    }

    /**
     * Runs {@code send} (the Kafka send of one row) as part of the trace {@code traceparent} names.
     *
     * @param traceparent the row's stored context, or {@code null}
     * @param topic the row's topic, to name the span
     */
    public <T> T continueTrace(String traceparent, String topic, Supplier<T> send) {
        return send.get();
    }
}
