package com.trustpay.platform;

import static org.assertj.core.api.Assertions.assertThat;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.testsupport.RealInfrastructure;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One escrow is one trace across the outbox (ADR 0015): a message written inside a span is relayed later, on the
 * relay's thread, yet the listener that consumes the record works in a span of the writer's trace. Spans are
 * collected by an in-memory Brave {@link SpanHandler} in place of the Zipkin reporter.
 */
@SpringBootTest(
        classes = {PlatformTestApplication.class, OutboxTracingIT.Spans.class},
        properties = {
            "management.tracing.sampling.probability=1.0",
            "spring.kafka.template.observation-enabled=true",
            "spring.kafka.listener.observation-enabled=true"
        })
@RealInfrastructure
class OutboxTracingIT {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tracer tracer;

    @Autowired
    Spans spans;

    @Test
    void theConsumersSpanOfAnOutboxMessageIsInTheWritersTrace() {
        UUID escrow = UUID.randomUUID();
        Span request = tracer.nextSpan().name("create escrow").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            tx.executeWithoutResult(s -> outbox.publish(
                    new PaymentSucceeded(escrow, 1, "TP-1", 10_000, "pay_1", "123456789012", "a@b", Instant.now())));
        } finally {
            request.end();
        }
        String traceId = request.context().traceId();

        String stored = jdbc.queryForObject(
                "SELECT traceparent FROM outbox_message WHERE message_key = ?", String.class, escrow.toString());
        assertThat(stored).startsWith("00-" + traceId + "-" + request.context().spanId());

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(spans.finished)
                .anySatisfy(span -> {
                    assertThat(span.kind()).isEqualTo(brave.Span.Kind.CONSUMER);
                    assertThat(span.traceId()).isEqualTo(traceId);
                }));
        assertThat(spans.finished)
                .filteredOn(span -> span.traceId().equals(traceId))
                .extracting(MutableSpan::kind)
                .contains(brave.Span.Kind.PRODUCER, brave.Span.Kind.CONSUMER);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM applied_payment WHERE escrow_id = ?", Integer.class, escrow))
                .isEqualTo(1);
    }

    /** Records every finished span, as Zipkin would receive them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Spans {
        final List<MutableSpan> finished = new CopyOnWriteArrayList<>();

        @Bean
        SpanHandler recordingSpanHandler() {
            return new SpanHandler() {
                @Override
                public boolean end(TraceContext context, MutableSpan span, Cause cause) {
                    finished.add(span);
                    return true;
                }
            };
        }
    }
}
