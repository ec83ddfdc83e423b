package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.WireJson;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.payment.attempt.domain.PaymentAttempt;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * payment-service against real PostgreSQL and Kafka and the real sandbox app (speed ×50), with a webhook relay
 * playing webhook-ingest. One context (and sandbox) per test class; every test uses its own escrow.
 */
@RealInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "payment.attempts.expiry=2m",
            "payment.attempts.recovery-after=1s",
            "payment.payouts.backoff-base=200ms",
            "payment.payouts.backoff-max=1s",
            "payment.payouts.recovery-after=1s",
            "payment.payouts.stuck-after=3s",
            "payment.polling.first-after=200ms",
            "payment.polling.phases[0].every=300ms",
            "payment.polling.phases[0].lasting=60s",
            "payment.polling.then-every=1s",
            "payment.polling.tick=100ms",
            "payment.polling.lease=5s",
            "payment.setu.http.read-timeout=1500ms",
            "payment.setu.http.call-timeout=2s",
            "payment.payout.http.read-timeout=1500ms",
            "payment.payout.http.call-timeout=2s"
        })
abstract class PaymentServiceItSupport {

    static final Duration WAIT = Duration.ofSeconds(20);
    static WebhookRelay relay;
    static SandboxProcess sandbox;
    static TopicRecorder published;

    @Autowired
    TopicNames topics;

    @Autowired
    EnvelopeCodec codec;

    @Autowired
    KafkaTemplate<?, ?> kafkaTemplate;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) throws IOException {
        relay = new WebhookRelay();
        sandbox = new SandboxProcess(50, relay.baseUrl());
        registry.add("payment.setu.base-url", sandbox::baseUrl);
        registry.add("payment.setu.auth-url", sandbox::baseUrl);
        registry.add("payment.payout.base-url", sandbox::baseUrl);
    }

    @BeforeEach
    void connect() {
        if (published == null) {
            relay.forwardTo(topics, codec, (topic, bytes) -> kafka().send(
                            topic, UUID.randomUUID().toString(), bytes));
            published = TopicRecorder.fromStart(
                            TestKafka.instance().bootstrapServers(),
                            topics.of(Topics.PAYMENT_EVENTS),
                            topics.of(Topics.PAYOUT_EVENTS),
                            topics.of(Topics.OPS_ALERTS))
                    .waitingAtMost(WAIT);
        }
    }

    @AfterEach
    void clearFaults() {
        sandbox.noFaults();
    }

    @AfterAll
    static void stop() throws Exception {
        published.close();
        published = null;
        sandbox.close();
        relay.close();
    }

    static RequestPayment intent(UUID escrow, int attempt, long amount) {
        return new RequestPayment(escrow, attempt, amount, "payer@okhdfc", "Payer", PaymentMode.INTENT, "Laptop deal");
    }

    <T extends Message> T awaitOne(Class<T> type, UUID escrow) {
        return published.await(type, escrow);
    }

    void send(UUID escrow, Message command) {
        send(escrow, codec.encode(codec.wrap(command)));
    }

    void send(UUID escrow, byte[] envelope) {
        kafka().send(topics.of(Topics.ESCROW_COMMANDS), escrow.toString(), envelope);
    }

    @SuppressWarnings("unchecked")
    KafkaTemplate<String, byte[]> kafka() {
        return (KafkaTemplate<String, byte[]>) kafkaTemplate;
    }

    String instanceOf(UUID escrow, int attempt) {
        return jdbc.queryForObject(
                "SELECT provider_instance_id FROM payment_attempt WHERE escrow_id = ? AND attempt = ?",
                String.class,
                escrow,
                attempt);
    }

    int providerCalls(UUID escrow, String operation) {
        return count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "%" + operation + " ->%");
    }

    int webhooksSeen(UUID escrow) {
        return count("kind = 'WEBHOOK' AND detail LIKE ?", escrow, "%");
    }

    long alerts(UUID escrow, String kind) {
        return published.messages(AdminAlert.class, escrow).stream()
                .filter(a -> a.kind().equals(kind))
                .count();
    }

    int count(String where, UUID escrow, String like) {
        Integer n = jdbc.queryForObject(
                "SELECT count(*) FROM payment_audit WHERE escrow_id = ? AND " + where, Integer.class, escrow, like);
        return n == null ? 0 : n;
    }

    /** Collects {@code amount} for the escrow through a paid Dynamic QR (attempt 1). */
    PaymentSucceeded collect(UUID escrow, long amount) {
        send(escrow, intent(escrow, 1, amount));
        awaitOne(PaymentRequested.class, escrow);
        sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", amount);
        return awaitOne(PaymentSucceeded.class, escrow);
    }

    /** The escrow's ledger as {@code GET /internal/ledger/escrows/{id}} shows it. */
    JsonNode ledger(UUID escrow) {
        return WireJson.mapper().readTree(internal("/internal/ledger/escrows/" + escrow));
    }

    /** Waits until the escrow's ledger has no pending transfer left, then asserts that it balances. */
    JsonNode settledLedger(UUID escrow) {
        await().atMost(WAIT).until(() -> ledger(escrow).path("pendingPaise").asLong() == 0);
        JsonNode ledger = ledger(escrow);
        assertThat(ledger.path("balanced").asBoolean())
                .as("ledger balances: %s", ledger)
                .isTrue();
        return ledger;
    }

    /** Gives late duplicates time to show up before asserting that they did not. */
    static void settle() {
        await().pollDelay(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2)).until(() -> true);
    }

    String internal(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A collect whose create times out and whose webhooks are lost: failed PROVIDER_UNAVAILABLE after expiry. */
    void lostCollect(UUID escrow, long amount) {
        sandbox.faults("{\"timeoutMs\":2500,\"endpoints\":{\"POST /api/v1/merchants/collect\":{\"timeoutRate\":1.0}},"
                + "\"webhooks\":{\"dropRate\":1.0}}");
        send(escrow, new RequestPayment(escrow, 1, amount, "pending@okaxis", "Ravi", PaymentMode.COLLECT, "Bike"));
        PaymentFailed failed = awaitOne(PaymentFailed.class, escrow);
        assertThat(failed.reasonCode()).isEqualTo("PROVIDER_UNAVAILABLE");
        assertThat(instanceOf(escrow, 1)).isNull();
        sandbox.noFaults();
    }

    /** The sandbox's collect for the attempt, found by our reference among its payments. */
    String collectId(UUID escrow, int attempt) {
        String reference = PaymentAttempt.referenceFor(escrow, attempt);
        List<String> found = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            JsonNode all = WireJson.mapper().readTree(sandbox.get("/sandbox/payments"));
            all.forEach(list -> list.forEach(p -> {
                if (reference.equals(p.path("referenceId").asString())) {
                    found.add(p.path("productInstanceId").asString());
                }
            }));
            return !found.isEmpty();
        });
        return found.getFirst();
    }
}
