package com.trustpay.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link OutboxTracing} with Micrometer Tracing: the writer's current span is injected with the service's own
 * propagator (W3C), and the relay opens a span {@code outbox relay <topic>} as a child of the stored context
 * around each send, so that the KafkaTemplate's producer observation becomes its child.
 */
public class MicrometerOutboxTracing extends OutboxTracing {

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public MicrometerOutboxTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public String currentTraceparent() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return super.currentTraceparent();
        }
        TraceContext context = span.context();
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        String traceparent = carrier.get(TRACEPARENT);
        if (traceparent != null) {
            return traceparent;
        }
        // A propagator configured for B3 only: still store the context, in W3C form.
        return "00-" + context.traceId() + "-" + context.spanId()
                + (Boolean.TRUE.equals(context.sampled()) ? "-01" : "-00");
    }

    @Override
    public <T> T continueTrace(String traceparent, String topic, Supplier<T> send) {
        if (traceparent == null) {
            return send.get();
        }
        Span span = propagator
                .extract(Map.of(TRACEPARENT, traceparent), Map::get)
                .name("outbox relay " + topic)
                .tag("messaging.destination.name", topic)
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return send.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
