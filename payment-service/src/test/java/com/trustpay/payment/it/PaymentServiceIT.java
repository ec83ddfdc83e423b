package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutSucceeded;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * payment-service against real PostgreSQL and Kafka and the real sandbox app (speed ×50), with a webhook relay
 * playing webhook-ingest. One context for the class; every test uses its own escrow.
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
class PaymentServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static WebhookRelay relay;
    private static SandboxProcess sandbox;
    private static TopicRecorder published;

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
        sandbox.close();
        relay.close();
    }

    @Test
    void intentPaymentIsRequestedOnceAndSucceedsWhenThePayerPays() {
        UUID escrow = UUID.randomUUID();
        byte[] command = codec.encode(codec.wrap(intent(escrow, 1, 150_000)));

        send(escrow, command);
        send(escrow, command);
        send(escrow, intent(escrow, 1, 150_000));

        PaymentRequested requested = awaitOne(PaymentRequested.class, escrow);
        assertThat(requested.intentLink()).startsWith("upi://pay?");
        assertThat(requested.qrPngBase64()).isNotBlank();
        sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", 150_000);

        PaymentSucceeded paid = awaitOne(PaymentSucceeded.class, escrow);
        assertThat(paid.amountPaise()).isEqualTo(150_000);
        assertThat(paid.paymentReference()).isEqualTo(requested.paymentReference());
        assertThat(providerCalls(escrow, "POST /dqr")).isEqualTo(1);
        settle();
        assertThat(published.messages(PaymentRequested.class, escrow)).hasSize(1);
        assertThat(published.messages(PaymentSucceeded.class, escrow)).hasSize(1);
        assertThat(internal("/internal/escrows/" + escrow + "/audit")).contains("PaymentSucceeded");
        assertThat(internal("/internal/transactions?from=" + Instant.now().minusSeconds(600) + "&to="
                        + Instant.now().plusSeconds(60)))
                .contains(paid.paymentReference())
                .contains("\"providerStatus\":\"success\"");
    }

    @Test
    void aDeclinedPaymentFailsWithTheNpciCode() {
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 20_000));
        awaitOne(PaymentRequested.class, escrow);

        sandbox.pay(instanceOf(escrow, 1), "fail@okhdfc", 20_000);

        PaymentFailed failed = awaitOne(PaymentFailed.class, escrow);
        assertThat(failed.reasonCode()).isEqualTo("U30");
    }

    @Test
    void aDynamicQrPaidOnARetryAfterAFailedTryIsSettledSucceededEvenWithoutWebhooks() {
        sandbox.faults("{\"endpoints\":{\"PUT /api/v1/merchants/dqr/{id}/expire\":{\"errorRate\":1.0}},"
                + "\"webhooks\":{\"dropRate\":1.0}}");
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 50_000));
        awaitOne(PaymentRequested.class, escrow);
        sandbox.pay(instanceOf(escrow, 1), "fail@okhdfc", 50_000);
        awaitOne(PaymentFailed.class, escrow);
        await().atMost(WAIT).until(() -> count("detail LIKE ?", escrow, "close link after failed payment%") >= 1);

        sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", 50_000);

        PaymentSucceeded paid = awaitOne(PaymentSucceeded.class, escrow);
        assertThat(paid.amountPaise()).isEqualTo(50_000);
        await().atMost(WAIT).until(() -> alerts(escrow, "LATE_PAYMENT") == 1);
        settle();
        assertThat(published.messages(PaymentSucceeded.class, escrow)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT status FROM payment_attempt WHERE escrow_id = ?", String.class, escrow))
                .isEqualTo("SUCCEEDED");
        assertThat(jdbc.queryForObject(
                        "SELECT collected_paise FROM escrow_ledger WHERE escrow_id = ?", Long.class, escrow))
                .isEqualTo(50_000L);
    }

    @Test
    void anUnpaidRequestExpires() {
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 20_000));

        PaymentExpired expired = awaitOne(PaymentExpired.class, escrow);

        assertThat(expired.attempt()).isEqualTo(1);
        assertThat(published.messages(PaymentSucceeded.class, escrow)).isEmpty();
    }

    @Test
    void aCollectWhoseWebhooksAreAllDroppedIsSettledByPolling() {
        sandbox.faults("{\"webhooks\":{\"dropRate\":1.0}}");
        UUID escrow = UUID.randomUUID();

        send(escrow, new RequestPayment(escrow, 1, 30_000, "success@okaxis", "Ravi", PaymentMode.COLLECT, "Bike"));

        assertThat(awaitOne(PaymentRequested.class, escrow).collectId()).isNotBlank();
        assertThat(awaitOne(PaymentSucceeded.class, escrow).payerVpa()).isEqualTo("success@okaxis");
        assertThat(webhooksSeen(escrow)).isZero();
    }

    @Test
    void duplicatedAndReorderedWebhooksChangeNothingTwice() {
        sandbox.faults("{\"webhooks\":{\"duplicateRate\":1.0,\"reorderRate\":0.5,\"reorderDelayMs\":150}}");
        UUID escrow = UUID.randomUUID();
        send(escrow, new RequestPayment(escrow, 1, 30_000, "success@okaxis", "Ravi", PaymentMode.COLLECT, "Bike"));

        awaitOne(PaymentSucceeded.class, escrow);
        await().atMost(WAIT).until(() -> webhooksSeen(escrow) >= 4);
        settle();

        assertThat(published.messages(PaymentSucceeded.class, escrow)).hasSize(1);
    }

    @Test
    void aPayoutSucceedsOnceEvenWhenItsAnswerIsLost() {
        sandbox.faults("{\"timeoutMs\":1800,\"endpoints\":{\"POST /v1/payouts\":{\"timeoutRate\":1.0}}}");
        UUID escrow = UUID.randomUUID();
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "success@okicici", "Asha"));
        await().atMost(WAIT).until(() -> providerCalls(escrow, "POST /v1/payouts") >= 1);
        sandbox.noFaults();

        PayoutSucceeded paid = awaitOne(PayoutSucceeded.class, escrow);

        assertThat(paid.amountPaise()).isEqualTo(120_000);
        assertThat(sandbox.get("/sandbox/payouts")).contains("\"" + paid.payoutReference() + "\":1");
        assertThat(providerCalls(escrow, "POST /v1/payouts")).isGreaterThanOrEqualTo(2);
        assertThat(published.messages(PayoutInitiated.class, escrow)).hasSize(1);
    }

    @Test
    void aPayoutThatKeepsFailingIsRetriedWithNewKeysThenFailsForGood() {
        UUID escrow = UUID.randomUUID();
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "fail@okicici", "Asha"));

        PayoutFailed failed = awaitOne(PayoutFailed.class, escrow);

        assertThat(failed.attempts()).isEqualTo(3);
        List<PayoutRetryScheduled> retries = published.messages(PayoutRetryScheduled.class, escrow);
        assertThat(retries).extracting(PayoutRetryScheduled::failedAttempt).containsExactly(1, 2);
        assertThat(published.messages(PayoutInitiated.class, escrow))
                .extracting(PayoutInitiated::payoutReference)
                .doesNotHaveDuplicates()
                .hasSize(3);
        await().atMost(WAIT).until(() -> alerts(escrow, "PAYOUT_FAILED") == 1);
    }

    @Test
    void aPayoutReversedAfterSuccessRaisesACriticalAlertInsteadOfPayingAgain() {
        UUID escrow = UUID.randomUUID();
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "reverse@okicici", "Asha"));

        awaitOne(PayoutSucceeded.class, escrow);
        await().atMost(WAIT).until(() -> alerts(escrow, "PAYOUT_REVERSED") == 1);

        assertThat(published.messages(PayoutInitiated.class, escrow)).hasSize(1);
    }

    @Test
    void aPayoutThatNeverFinishesIsReportedOnceAndKeptPolled() {
        sandbox.faults(
                "{\"endpoints\":{\"GET /v1/payouts/{id}\":{\"errorRate\":1.0}}," + "\"webhooks\":{\"dropRate\":1.0}}");
        UUID escrow = UUID.randomUUID();
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "slow@okicici", "Asha"));
        awaitOne(PayoutInitiated.class, escrow);

        await().atMost(WAIT).until(() -> alerts(escrow, "PAYOUT_STUCK") == 1);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);

        assertThat(alerts(escrow, "PAYOUT_STUCK")).isEqualTo(1);
        assertThat(published.messages(PayoutSucceeded.class, escrow)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT next_poll_at IS NOT NULL FROM payout WHERE escrow_id = ?", Boolean.class, escrow))
                .isTrue();
    }

    @Test
    void refundsArePartialOrFullButNeverMoreThanCollected() {
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 100_000));
        awaitOne(PaymentRequested.class, escrow);
        sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", 100_000);
        awaitOne(PaymentSucceeded.class, escrow);

        send(escrow, new RefundPayment(escrow, 40_000, "partly cancelled"));
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        send(escrow, new RefundPayment(escrow, 70_000, "too much"));
        RefundFailed refused = awaitOne(RefundFailed.class, escrow);
        send(escrow, new RefundPayment(escrow, 60_000, "the rest"));
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 2);

        assertThat(refused.reasonCode()).isEqualTo("EXCEEDS_COLLECTED");
        assertThat(published.messages(RefundSucceeded.class, escrow))
                .extracting(RefundSucceeded::amountPaise)
                .containsExactly(40_000L, 60_000L);
    }

    @Test
    void aRefundWhoseAnswerWasLostIsNeverSentAgainUnlessSetuConfirmsItHasNone() {
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 100_000));
        awaitOne(PaymentRequested.class, escrow);
        sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", 100_000);
        awaitOne(PaymentSucceeded.class, escrow);
        jdbc.update("UPDATE payment_attempt SET provider_txn_id = NULL WHERE escrow_id = ?", escrow);
        sandbox.faults("{\"timeoutMs\":1800,\"endpoints\":{"
                + "\"POST /api/v1/merchants/refunds\":{\"timeoutRate\":1.0},"
                + "\"GET /api/v1/merchants/payments/{id}\":{\"errorRate\":1.0}}}");

        send(escrow, new RefundPayment(escrow, 40_000, "cancelled"));

        await().atMost(Duration.ofSeconds(40)).until(() -> alerts(escrow, "REFUND_UNCONFIRMED") == 1);
        assertThat(jdbc.queryForObject("SELECT status FROM refund WHERE escrow_id = ?", String.class, escrow))
                .isEqualTo("CREATING");
        sandbox.noFaults();
        await().atMost(Duration.ofSeconds(40))
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        await().atMost(WAIT).until(() -> providerCalls(escrow, "POST /refunds") >= 1);
        settle();
        assertThat(providerCalls(escrow, "POST /refunds")).isEqualTo(1);
        assertThat(published.messages(RefundFailed.class, escrow)).isEmpty();
        assertThat(alerts(escrow, "REFUND_UNCONFIRMED")).isEqualTo(1);
    }

    private static RequestPayment intent(UUID escrow, int attempt, long amount) {
        return new RequestPayment(escrow, attempt, amount, "payer@okhdfc", "Payer", PaymentMode.INTENT, "Laptop deal");
    }

    private <T extends Message> T awaitOne(Class<T> type, UUID escrow) {
        return published.await(type, escrow);
    }

    private void send(UUID escrow, Message command) {
        send(escrow, codec.encode(codec.wrap(command)));
    }

    private void send(UUID escrow, byte[] envelope) {
        kafka().send(topics.of(Topics.ESCROW_COMMANDS), escrow.toString(), envelope);
    }

    @SuppressWarnings("unchecked")
    private KafkaTemplate<String, byte[]> kafka() {
        return (KafkaTemplate<String, byte[]>) kafkaTemplate;
    }

    private String instanceOf(UUID escrow, int attempt) {
        return jdbc.queryForObject(
                "SELECT provider_instance_id FROM payment_attempt WHERE escrow_id = ? AND attempt = ?",
                String.class,
                escrow,
                attempt);
    }

    private int providerCalls(UUID escrow, String operation) {
        return count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "%" + operation + " ->%");
    }

    private int webhooksSeen(UUID escrow) {
        return count("kind = 'WEBHOOK' AND detail LIKE ?", escrow, "%");
    }

    private long alerts(UUID escrow, String kind) {
        return published.messages(AdminAlert.class, escrow).stream()
                .filter(a -> a.kind().equals(kind))
                .count();
    }

    private int count(String where, UUID escrow, String like) {
        Integer n = jdbc.queryForObject(
                "SELECT count(*) FROM payment_audit WHERE escrow_id = ? AND " + where, Integer.class, escrow, like);
        return n == null ? 0 : n;
    }

    /** Gives late duplicates time to show up before asserting that they did not. */
    private static void settle() {
        await().pollDelay(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2)).until(() -> true);
    }

    private String internal(String path) {
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
}
