package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import com.trustpay.payment.provider.domain.PayoutProvider;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.testsupport.RealInfrastructure;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every call to Setu and RazorpayX is a client span of the current trace and sends it on as W3C {@code traceparent}
 * (ADR 0015), with no secret, reference or body among its tags. The providers are a local mock server; the spans
 * are collected by an in-memory Brave {@link SpanHandler} in place of Zipkin.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProviderTracingIT.Spans.class)
class ProviderTracingIT {

    private static final String PAYOUT = """
            {"id": "pout_00000000000001", "entity": "payout", "fund_account_id": "fa_00000000000001",
             "amount": 150000, "currency": "INR", "fees": 0, "tax": 0, "status": "processing", "utr": null,
             "mode": "UPI", "purpose": "payout", "reference_id": "PO0123456789abcdef01234567-1-1",
             "narration": "TrustPay escrow release",
             "status_details": {"description": null, "source": null, "reason": null}, "created_at": 1767000000}
            """;
    private static final MockWebServer PROVIDER = new MockWebServer();

    @Autowired
    Tracer tracer;

    @Autowired
    PayoutProvider payouts;

    @Autowired
    UpiCollections setu;

    @Autowired
    Spans spans;

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) throws IOException {
        PROVIDER.start();
        String url = PROVIDER.url("").toString().replaceAll("/$", "");
        registry.add("payment.setu.base-url", () -> url);
        registry.add("payment.setu.auth-url", () -> url);
        registry.add("payment.payout.base-url", () -> url);
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @Test
    void aPayoutReadIsAClientSpanOfTheCurrentTraceAndSendsItAsTraceparent() throws Exception {
        PROVIDER.enqueue(json(200, PAYOUT));
        Span handling = tracer.nextSpan().name("handle ReleaseFunds").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(handling)) {
            payouts.read("pout_00000000000001");
        } finally {
            handling.end();
        }

        RecordedRequest sent = take();
        String clientSpan = childOf(handling, sent);
        MutableSpan span = finished(clientSpan);
        assertThat(span.kind()).isEqualTo(brave.Span.Kind.CLIENT);
        assertThat(span.parentId()).isEqualTo(handling.context().spanId());
        assertThat(span.name()).isEqualToIgnoringCase("razorpayx GET");
        assertThat(span.remoteServiceName()).isEqualTo("razorpayx");
        assertThat(span.tags())
                .containsEntry("provider", "razorpayx")
                .containsEntry("method", "GET")
                .containsEntry("status", "200")
                .containsEntry("outcome", "success");
        assertNothingSecretIn(span);
    }

    @Test
    void setusLoginAndTheMerchantCallAfterItAreEachAChildOfTheCurrentSpan() throws Exception {
        PROVIDER.enqueue(json(200, "{\"access_token\": \"t-secret-token\", \"refresh_token\": \"\"}"));
        PROVIDER.enqueue(json(404, "{\"code\": \"not-found\", \"detail\": \"no such refund\"}"));
        Span handling = tracer.nextSpan().name("handle RefundPayment").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(handling)) {
            setu.readRefund("01JREFUND000000000000000A");
        } finally {
            handling.end();
        }

        RecordedRequest login = take();
        RecordedRequest read = take();
        assertThat(login.getTarget()).isEqualTo("/v1/users/login");
        String loginSpan = childOf(handling, login);
        String readSpan = childOf(handling, read);
        assertThat(readSpan).isNotEqualTo(loginSpan);
        MutableSpan span = finished(readSpan);
        assertThat(span.tags()).containsEntry("status", "404").containsEntry("outcome", "client-error");
        assertNothingSecretIn(span);
        assertNothingSecretIn(finished(loginSpan));
    }

    @Test
    void aCallOutsideAnyTraceStartsOneOfItsOwn() throws Exception {
        PROVIDER.enqueue(json(200, PAYOUT));

        payouts.read("pout_00000000000001");

        String traceparent = take().getHeaders().get("traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        MutableSpan span = finished(traceparent.split("-")[2]);
        assertThat(span.parentId()).isNull();
        assertThat(span.kind()).isEqualTo(brave.Span.Kind.CLIENT);
    }

    /** The request's {@code traceparent} continues {@code parent}'s trace under a span of its own; that span's id. */
    private static String childOf(Span parent, RecordedRequest request) {
        String traceparent = request.getHeaders().get("traceparent");
        assertThat(traceparent)
                .as("traceparent of %s", request.getTarget())
                .matches("00-" + parent.context().traceId() + "-[0-9a-f]{16}-01");
        String spanId = traceparent.split("-")[2];
        assertThat(spanId).isNotEqualTo(parent.context().spanId());
        return spanId;
    }

    private MutableSpan finished(String spanId) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> spans.finished.stream().anyMatch(s -> s.id().equals(spanId)));
        return spans.finished.stream()
                .filter(s -> s.id().equals(spanId))
                .findFirst()
                .orElseThrow();
    }

    /** Only the four low-cardinality tags: no URL (references, ids), no credential, no body. */
    private static void assertNothingSecretIn(MutableSpan span) {
        assertThat(span.tags().keySet()).isSubsetOf("provider", "method", "status", "outcome", "error");
        assertThat(String.join(",", span.tags().values()))
                .doesNotContain("pout_")
                .doesNotContain("REFUND")
                .doesNotContain("secret")
                .doesNotContain("sandbox")
                .doesNotContain("@");
        assertThat(span.name()).doesNotContain("/");
    }

    private static RecordedRequest take() throws InterruptedException {
        RecordedRequest request = PROVIDER.takeRequest(10, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the provider").isNotNull();
        return request;
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
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
