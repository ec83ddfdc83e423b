package com.trustpay.webhook.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Topics;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.Recorded;
import com.trustpay.testsupport.kafka.TopicRecorder;
import com.trustpay.testsupport.providers.ProviderSignatures;
import com.trustpay.webhook.ingest.application.ReceiptStore;
import com.trustpay.webhook.support.Payloads;
import com.trustpay.webhook.support.WebhookClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The webhook endpoints against real PostgreSQL and Kafka, over real HTTP. */
@RealInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "webhook.secrets.setu.previous=" + WebhookIngestIT.OLD_SETU_SECRET,
            // PayU is on in the sandbox profile; off here, to see what an endpoint that is off answers.
            "webhook.enabled.payu=false",
            // Keep published outbox rows (the service deletes them) so that the tests can count what was written.
            "trustpay.outbox.retention=7d"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookIngestIT {

    static final String OLD_SETU_SECRET = "oldsetusecret1234567890";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TopicNames topicNames;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ReceiptStore store;

    private WebhookClient client;
    private TopicRecorder webhooks;
    private TopicRecorder alerts;

    @BeforeAll
    void openProbes() {
        String kafka = TestKafka.instance().bootstrapServers();
        webhooks = TopicRecorder.fromStart(kafka, topicNames.of(Topics.PROVIDER_WEBHOOKS))
                .waitingAtMost(WAIT);
        alerts =
                TopicRecorder.fromStart(kafka, topicNames.of(Topics.OPS_ALERTS)).waitingAtMost(WAIT);
    }

    @BeforeEach
    void client() {
        client = new WebhookClient(port);
    }

    @AfterAll
    void closeProbes() {
        webhooks.close();
        alerts.close();
    }

    @Test
    void anAcceptedSetuWebhookIsCommittedBeforeThe200AndPublishedWithTheRawBody() {
        String eventId = UUID.randomUUID().toString();
        byte[] body = Payloads.setuPayment(eventId, "pay-accepted", Instant.now());

        HttpResponse<String> response = client.setu(body, ProviderSignatures.LOCAL_SETU_SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode ack = JSON.readTree(response.body());
        assertThat(ack.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(receiptsOf("setu", eventId)).isOne();
        ProviderWebhookReceived sent =
                webhooks.await(r -> eventId.equals(providerEventId(r))).as(ProviderWebhookReceived.class);
        assertThat(sent.receiptId().toString()).isEqualTo(ack.get("receiptId").asString());
        assertThat(sent.provider()).isEqualTo("setu");
        assertThat(sent.eventType()).isEqualTo("payment.success");
        assertThat(sent.resourceId()).isEqualTo("pay-accepted");
        assertThat(sent.stale()).isFalse();
        assertThat(sent.rawBody().getBytes(StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(sent.headers()).containsOnlyKeys("x-setu-signature", "content-type");
        assertThat(webhooks.await(r -> eventId.equals(providerEventId(r))).key())
                .isEqualTo("setu:pay-accepted");
    }

    /**
     * A writer thread publishes the receipt, so the request's trace must travel with it: the outbox row (and with
     * it the Kafka record and payment-service's handling) continues the trace the provider's request carried.
     */
    @Test
    void thePublishedReceiptContinuesTheWebhookRequestsTrace() {
        String eventId = UUID.randomUUID().toString();
        byte[] body = Payloads.setuPayment(eventId, "pay-traced", Instant.now());
        String traceId = UUID.randomUUID().toString().replace("-", "");

        HttpResponse<String> response = client.post(
                "/webhooks/setu",
                body,
                Map.of(
                        "Content-Type",
                        "application/json",
                        ProviderSignatures.SETU_HEADER,
                        ProviderSignatures.setu(ProviderSignatures.LOCAL_SETU_SECRET, body),
                        "traceparent",
                        "00-" + traceId + "-00f067aa0ba902b7-01"));

        assertThat(response.statusCode()).isEqualTo(200);
        String stored = jdbc.queryForObject(
                "SELECT traceparent FROM outbox_message WHERE type = 'ProviderWebhookReceived'"
                        + " AND position(? in convert_from(envelope, 'UTF8')) > 0",
                String.class,
                eventId);
        assertThat(stored).as("the outbox row's trace context").startsWith("00-" + traceId + "-");
    }

    @Test
    void aRazorpayXPayoutWebhookIsAcceptedKeyedByThePayout() {
        String payout = "pout_" + UUID.randomUUID().toString().replace("-", "");
        Instant created = Instant.now();
        byte[] body = Payloads.razorpayxPayout(payout, "payout.processed", created);
        String eventId = payout + ":payout.processed:" + created.getEpochSecond();

        HttpResponse<String> response =
                client.razorpayx(body, ProviderSignatures.LOCAL_RAZORPAYX_SECRET, "evt_" + UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(200);
        Recorded sent = webhooks.await(r -> eventId.equals(providerEventId(r)));
        assertThat(sent.key()).isEqualTo("razorpayx:" + payout);
        assertThat(sent.as(ProviderWebhookReceived.class).headers())
                .containsOnlyKeys("x-razorpay-signature", "x-razorpay-event-id", "content-type");
    }

    /** The event id header is not signed: a captured webhook replayed under a new one is still the same event. */
    @Test
    void aRazorpayXReplayWithAChangedEventIdHeaderIsADuplicate() {
        String payout = "pout_" + UUID.randomUUID().toString().replace("-", "");
        Instant created = Instant.now();
        byte[] body = Payloads.razorpayxPayout(payout, "payout.reversed", created);

        HttpResponse<String> first = client.razorpayx(body, ProviderSignatures.LOCAL_RAZORPAYX_SECRET, "evt_original");
        HttpResponse<String> replay = client.razorpayx(body, ProviderSignatures.LOCAL_RAZORPAYX_SECRET, "evt_replayed");

        assertThat(JSON.readTree(first.body()).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(replay.body()).get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(receiptsOf("razorpayx", payout + ":payout.reversed:" + created.getEpochSecond()))
                .isOne();
        assertThat(outboxRowsMentioning(payout)).isOne();
    }

    @Test
    void aRedeliveredEventIsAcknowledgedButStoredAndPublishedOnce() {
        String eventId = UUID.randomUUID().toString();
        byte[] body = Payloads.setuPayment(eventId, "pay-dup", Instant.now());

        assertThat(client.setu(body, ProviderSignatures.LOCAL_SETU_SECRET).statusCode())
                .isEqualTo(200);
        HttpResponse<String> again = client.setu(body, ProviderSignatures.LOCAL_SETU_SECRET);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(receiptsOf("setu", eventId)).isOne();
        assertThat(outboxRowsMentioning(eventId)).isOne();
    }

    @Test
    void concurrentDeliveriesOfOneEventStoreItOnce() throws Exception {
        String eventId = UUID.randomUUID().toString();
        byte[] body = Payloads.setuPayment(eventId, "pay-race", Instant.now());
        Callable<String> deliver = () -> JSON.readTree(
                        client.setu(body, ProviderSignatures.LOCAL_SETU_SECRET).body())
                .get("status")
                .asString();

        List<String> statuses;
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<String>> futures =
                    pool.invokeAll(List.of(deliver, deliver, deliver, deliver, deliver, deliver));
            statuses = futures.stream().map(WebhookIngestIT::get).toList();
        }

        assertThat(statuses).containsOnlyOnce("ACCEPTED").containsOnly("ACCEPTED", "DUPLICATE");
        assertThat(outboxRowsMentioning(eventId)).isOne();
    }

    @Test
    void forgedOrUnsignedWebhooksGet401StoreNothingAndRaiseOneThrottledAlertPerProvider() {
        double rejectedBefore = counter("webhook.rejected", "setu", "signature");
        String eventId = UUID.randomUUID().toString();
        byte[] body = Payloads.setuPayment(eventId, "pay-forged", Instant.now());

        HttpResponse<String> forged = client.setu(body, "attackersguess1234567890");
        HttpResponse<String> unsigned = client.post("/webhooks/setu", body, Map.of("Content-Type", "application/json"));
        HttpResponse<String> forgedPayout = client.razorpayx(body, "guess", "evt_forged");

        for (HttpResponse<String> response : List.of(forged, unsigned, forgedPayout)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("SIGNATURE_INVALID");
        }
        assertThat(receiptsOf("setu", eventId)).isZero();
        assertThat(outboxRowsMentioning(eventId)).isZero();
        assertThat(counter("webhook.rejected", "setu", "signature")).isEqualTo(rejectedBefore + 2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM outbox_message WHERE type = 'AdminAlert'"
                                + " AND convert_from(envelope, 'UTF8') LIKE '%WEBHOOK_SIGNATURE%'",
                        Integer.class))
                .as("one alert per provider within the interval")
                .isEqualTo(2);
        AdminAlert alert = alerts.await(r -> r.message(AdminAlert.class)
                        .filter(a -> a.detail().contains("/webhooks/setu"))
                        .isPresent())
                .as(AdminAlert.class);
        assertThat(alert.kind()).isEqualTo("WEBHOOK_SIGNATURE");
        assertThat(alert.source()).isEqualTo("webhook-ingest");
    }

    @Test
    void aCorrectlySignedButUnreadableBodyIs400QuarantinedAndNotPublished() {
        byte[] body = "{\"eventType\":\"payment.success\",\"note\":\"no event id\"}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = client.setu(body, ProviderSignatures.LOCAL_SETU_SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("MALFORMED_WEBHOOK");
        UUID quarantineId = UUID.fromString(problem.get("quarantineId").asString());
        assertThat(store.quarantinedBody(quarantineId)).hasValue(body);
        String stored = jdbc.queryForObject(
                "SELECT sealed_body FROM webhook_quarantine WHERE quarantine_id = ?", String.class, quarantineId);
        assertThat(stored).startsWith("v1:sandbox1:").doesNotContain("no event id");
        assertThat(outboxRowsMentioning("no event id")).isZero();
    }

    @Test
    void refusesUnknownProvidersOtherContentTypesAndOversizedBodies() {
        byte[] body = Payloads.setuPayment(UUID.randomUUID().toString(), "pay-x", Instant.now());
        String signature = ProviderSignatures.setu(ProviderSignatures.LOCAL_SETU_SECRET, body);
        byte[] huge = new byte[64 * 1024 + 1];

        HttpResponse<String> unknown =
                client.post("/webhooks/paypal", body, Map.of("Content-Type", "application/json"));
        HttpResponse<String> text = client.post(
                "/webhooks/setu", body, Map.of("Content-Type", "text/plain", "x-setu-signature", signature));
        HttpResponse<String> tooLarge = client.setu(huge, ProviderSignatures.LOCAL_SETU_SECRET);

        assertProblem(unknown, 404, "UNKNOWN_PROVIDER");
        assertProblem(text, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(tooLarge, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aKnownProviderThatIsNotEnabledIs404WithItsOwnCodeAndOneAlert() {
        byte[] form = "txnid=T1&status=success&hash=00".getBytes(StandardCharsets.UTF_8);
        Map<String, String> formType = Map.of("Content-Type", "application/x-www-form-urlencoded");

        HttpResponse<String> first = client.post("/webhooks/payu", form, formType);
        HttpResponse<String> second = client.post("/webhooks/payu", form, formType);

        assertProblem(first, 404, "PROVIDER_NOT_ENABLED");
        assertProblem(second, 404, "PROVIDER_NOT_ENABLED");
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(counter("webhook.rejected", "payu", "not_enabled")).isEqualTo(2);
        AdminAlert alert = alerts.await(r -> r.message(AdminAlert.class)
                        .filter(a -> a.kind().equals("WEBHOOK_PROVIDER_NOT_ENABLED"))
                        .isPresent())
                .as(AdminAlert.class);
        assertThat(alert.detail()).contains("/webhooks/payu");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM outbox_message WHERE type = 'AdminAlert'"
                                + " AND convert_from(envelope, 'UTF8') LIKE '%WEBHOOK_PROVIDER_NOT_ENABLED%'",
                        Integer.class))
                .as("throttled: one alert within the interval")
                .isOne();
    }

    @Test
    void refusalsAreProblemsWithTheirStableShapeAndOnlyPostIsTaken() {
        byte[] body = Payloads.setuPayment(UUID.randomUUID().toString(), "pay-shape", Instant.now());
        Map<String, String> json = Map.of("Content-Type", "application/json");

        HttpResponse<String> unknown = client.post("/webhooks/a%22b", body, json);
        HttpResponse<String> nested = client.post("/webhooks/setu/extra", body, json);
        HttpResponse<String> bare = client.post("/webhooks", body, json);
        HttpResponse<String> get = client.get("/webhooks/setu");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(unknown.body());
        assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail", "instance", "code");
        assertThat(problem.get("type").asString()).isEqualTo("https://trustpay.dev/problems/unknown-provider");
        assertThat(problem.get("title").asString()).isEqualTo("Not Found");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).isEqualTo("No webhooks are taken from a\"b");
        assertThat(problem.get("instance").asString()).isEqualTo("/webhooks/a%22b");
        assertProblem(nested, 404, "UNKNOWN_PROVIDER");
        assertProblem(bare, 404, "UNKNOWN_PROVIDER");
        assertProblem(get, 405, "METHOD_NOT_ALLOWED");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void theAnswerToAnAcceptedWebhookIsSmallJson() {
        byte[] body = Payloads.setuPayment(UUID.randomUUID().toString(), "pay-answer", Instant.now());

        HttpResponse<String> response = client.setu(body, ProviderSignatures.LOCAL_SETU_SECRET);

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode ack = JSON.readTree(response.body());
        assertThat(ack.propertyNames()).containsExactly("status", "receiptId", "stale");
        assertThat(ack.get("stale").isBoolean()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM webhook_receipt WHERE receipt_id = ?",
                        Integer.class,
                        UUID.fromString(ack.get("receiptId").asString())))
                .isOne();
    }

    @Test
    void anEventOlderThanTheWindowIsAcceptedButFlaggedStale() {
        String eventId = UUID.randomUUID().toString();
        byte[] body = Payloads.setuPayment(eventId, "pay-old", Instant.now().minus(Duration.ofDays(2)));

        HttpResponse<String> response = client.setu(body, ProviderSignatures.LOCAL_SETU_SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("stale").asBoolean()).isTrue();
        assertThat(webhooks.await(r -> eventId.equals(providerEventId(r)))
                        .as(ProviderWebhookReceived.class)
                        .stale())
                .isTrue();
    }

    @Test
    void thePreviousSecretStillVerifiesDuringARotation() {
        byte[] body = Payloads.setuPayment(UUID.randomUUID().toString(), "pay-rotated", Instant.now());

        assertThat(client.setu(body, OLD_SETU_SECRET).statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAndReadinessAreExposedOnTheManagementPortOnly() {
        client.setu(
                Payloads.setuPayment(UUID.randomUUID().toString(), "pay-metrics", Instant.now()),
                ProviderSignatures.LOCAL_SETU_SECRET);

        WebhookClient management = new WebhookClient(managementPort);
        assertThat(management.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(client.get("/actuator/prometheus").statusCode())
                .as("not on the API port")
                .isEqualTo(404);
        String prometheus = management.get("/actuator/prometheus").body();
        assertThat(prometheus)
                .contains("webhook_received_total{provider=\"setu\"}")
                .contains("webhook_verified_total{provider=\"setu\"}")
                .contains("webhook_latency_seconds_bucket{outcome=\"accepted\",provider=\"setu\"");
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo(code);
    }

    private int receiptsOf(String provider, String eventId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM webhook_receipt WHERE provider = ? AND provider_event_id = ?",
                Integer.class,
                provider,
                eventId);
    }

    private int outboxRowsMentioning(String text) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM outbox_message WHERE type = 'ProviderWebhookReceived'"
                        + " AND position(? in convert_from(envelope, 'UTF8')) > 0",
                Integer.class,
                text);
    }

    private double counter(String name, String provider, String reason) {
        var counter = meters.find(name)
                .tag("provider", provider)
                .tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static String providerEventId(Recorded received) {
        return received.message(ProviderWebhookReceived.class)
                .map(ProviderWebhookReceived::providerEventId)
                .orElse(null);
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
