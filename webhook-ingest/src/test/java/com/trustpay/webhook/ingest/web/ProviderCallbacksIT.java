package com.trustpay.webhook.ingest.web;

import static com.trustpay.webhook.support.CallbackSigning.SANDBOX_PAYU_KEY;
import static com.trustpay.webhook.support.CallbackSigning.SANDBOX_PAYU_SALT;
import static com.trustpay.webhook.support.CallbackSigning.SANDBOX_PHONEPE_PASSWORD;
import static com.trustpay.webhook.support.CallbackSigning.SANDBOX_PHONEPE_USERNAME;
import static com.trustpay.webhook.support.CallbackSigning.SANDBOX_RAZORPAY_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Topics;
import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.Recorded;
import com.trustpay.testsupport.kafka.TopicRecorder;
import com.trustpay.testsupport.providers.ProviderSignatures;
import com.trustpay.webhook.ingest.application.ReceiptStore;
import com.trustpay.webhook.support.CallbackSigning;
import com.trustpay.webhook.support.Payloads;
import com.trustpay.webhook.support.WebhookClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PhonePe, Razorpay, PayU and a Standard Webhooks provider configured by properties alone, against real PostgreSQL
 * and Kafka over real HTTP: a signed callback of each is stored and published under its provider's name, a
 * redelivery is a duplicate, an unsigned one is a 401 problem.
 */
@RealInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // A provider that follows Standard Webhooks: configuration only, no code.
            "webhook.standard.acme-pay.secrets=" + ProviderCallbacksIT.ACME_SECRET,
            "trustpay.outbox.retention=7d"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderCallbacksIT {

    static final String ACME_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TopicNames topicNames;

    @Autowired
    ReceiptStore store;

    private WebhookClient client;
    private TopicRecorder webhooks;

    @BeforeAll
    void openProbe() {
        webhooks = TopicRecorder.fromStart(
                        TestKafka.instance().bootstrapServers(), topicNames.of(Topics.PROVIDER_WEBHOOKS))
                .waitingAtMost(WAIT);
    }

    @BeforeEach
    void client() {
        client = new WebhookClient(port);
    }

    @AfterAll
    void closeProbe() {
        webhooks.close();
    }

    @Test
    void aPhonePeCallbackWithTheLoginDigestIsPublishedAndItsRedeliveryIsADuplicate() {
        String order = "OMO" + unique();
        byte[] body = Payloads.phonePeOrder(order, "checkout.order.completed", "COMPLETED", "OM" + unique());
        Map<String, String> headers = Map.of(
                "Content-Type",
                "application/json",
                "Authorization",
                CallbackSigning.phonePe(SANDBOX_PHONEPE_USERNAME, SANDBOX_PHONEPE_PASSWORD));

        HttpResponse<String> response = client.post("/webhooks/phonepe", body, headers);
        HttpResponse<String> again = client.post("/webhooks/phonepe", body, headers);

        assertAccepted(response);
        assertThat(status(again)).isEqualTo("DUPLICATE");
        ProviderWebhookReceived sent = published("phonepe", order);
        assertThat(sent.eventType()).isEqualTo("checkout.order.completed");
        assertThat(sent.providerEventId()).startsWith(order + ":checkout.order.completed:COMPLETED:");
        assertThat(sent.rawBody().getBytes(StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(sent.headers()).as("the login digest is never kept").containsOnlyKeys("content-type");
        assertThat(outboxRowsMentioning(order)).isOne();
    }

    @Test
    void aRazorpayPaymentWebhookIsPublishedKeyedByThePayment() {
        String payment = "pay_" + unique();
        Instant created = Instant.now();
        byte[] body = Payloads.razorpayPayment(payment, "payment.captured", created);

        HttpResponse<String> response = client.post(
                "/webhooks/razorpay",
                body,
                Map.of(
                        "Content-Type",
                        "application/json",
                        "X-Razorpay-Signature",
                        ProviderSignatures.razorpayx(SANDBOX_RAZORPAY_SECRET, body),
                        "x-razorpay-event-id",
                        "evt_" + unique()));

        assertAccepted(response);
        Recorded record = webhooks.await(
                r -> (payment + ":payment.captured:" + created.getEpochSecond()).equals(providerEventId(r)));
        ProviderWebhookReceived sent = record.as(ProviderWebhookReceived.class);
        assertThat(record.key()).isEqualTo("razorpay:" + payment);
        assertThat(sent.provider()).isEqualTo("razorpay");
        assertThat(sent.eventType()).isEqualTo("payment.captured");
        assertThat(sent.headers()).containsOnlyKeys("x-razorpay-signature", "x-razorpay-event-id", "content-type");
    }

    @Test
    void aPayUFormCallbackWithTheReverseHashIsPublished() {
        String txnid = "TP-" + unique();
        String mihpayid = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        String hash = CallbackSigning.payU(Payloads.payUHashedString(SANDBOX_PAYU_SALT, txnid, SANDBOX_PAYU_KEY));
        byte[] form = Payloads.payUForm(mihpayid, txnid, hash);

        HttpResponse<String> response = client.post("/webhooks/payu", form, Map.of("Content-Type", FORM));
        HttpResponse<String> asJson = client.post("/webhooks/payu", form, Map.of("Content-Type", "application/json"));

        assertAccepted(response);
        ProviderWebhookReceived sent = published("payu", mihpayid);
        assertThat(sent.providerEventId()).isEqualTo(txnid + ":success");
        assertThat(sent.eventType()).isEqualTo("payment.success");
        assertThat(sent.rawBody().getBytes(StandardCharsets.UTF_8)).isEqualTo(form);
        assertProblem(asJson, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aStandardWebhooksProviderNeedsOnlyConfiguration() {
        String id = "msg_" + unique();
        long timestamp = Instant.now().getEpochSecond();
        byte[] body = Payloads.standardEvent("payment.succeeded", "acme_" + unique(), Instant.now());

        HttpResponse<String> response = client.post(
                "/webhooks/acme-pay",
                body,
                Map.of(
                        "Content-Type",
                        "application/json",
                        "webhook-id",
                        id,
                        "webhook-timestamp",
                        Long.toString(timestamp),
                        "webhook-signature",
                        CallbackSigning.standard(ACME_SECRET, id, timestamp, body)));

        assertAccepted(response);
        ProviderWebhookReceived sent =
                webhooks.await(r -> id.equals(providerEventId(r))).as(ProviderWebhookReceived.class);
        assertThat(sent.provider()).isEqualTo("acme-pay");
        assertThat(sent.eventType()).isEqualTo("payment.succeeded");
        assertThat(sent.headers())
                .containsOnlyKeys("webhook-id", "webhook-timestamp", "webhook-signature", "content-type");
    }

    @Test
    void unsignedForgedOrReplayedCallbacksOfEveryNewProviderGet401AndNothingIsStored() {
        String order = "OMO" + unique();
        byte[] phonePe = Payloads.phonePeOrder(order, "checkout.order.completed", "COMPLETED", "OM1");
        byte[] razorpay = Payloads.razorpayPayment("pay_" + unique(), "payment.captured", Instant.now());
        String txnid = "TP-" + unique();
        byte[] payU = Payloads.payUForm("4039", txnid, "00".repeat(64));
        String id = "msg_" + unique();
        long stale = Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond();
        byte[] acme = Payloads.standardEvent("payment.succeeded", "acme_1", Instant.now());
        Map<String, String> json = Map.of("Content-Type", "application/json");

        List<HttpResponse<String>> refused = List.of(
                client.post("/webhooks/phonepe", phonePe, json),
                client.post(
                        "/webhooks/phonepe",
                        phonePe,
                        Map.of("Content-Type", "application/json", "Authorization", CallbackSigning.phonePe("a", "b"))),
                client.post("/webhooks/razorpay", razorpay, json),
                client.post("/webhooks/payu", payU, Map.of("Content-Type", FORM)),
                client.post("/webhooks/acme-pay", acme, json),
                client.post(
                        "/webhooks/acme-pay",
                        acme,
                        Map.of(
                                "Content-Type",
                                "application/json",
                                "webhook-id",
                                id,
                                "webhook-timestamp",
                                Long.toString(stale),
                                "webhook-signature",
                                CallbackSigning.standard(ACME_SECRET, id, stale, acme))));

        for (HttpResponse<String> response : refused) {
            assertProblem(response, 401, "SIGNATURE_INVALID");
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(outboxRowsMentioning(order)).isZero();
        assertThat(outboxRowsMentioning(txnid)).isZero();
        assertThat(outboxRowsMentioning(id)).isZero();
        List<UUID> stored = jdbc.queryForList(
                "SELECT receipt_id FROM webhook_receipt WHERE provider IN ('phonepe', 'razorpay', 'payu', 'acme-pay')",
                UUID.class);
        assertThat(stored)
                .map(receipt -> new String(store.receiptBody(receipt).orElseThrow(), StandardCharsets.UTF_8))
                .noneMatch(body -> body.contains(order));
        for (String provider : List.of("phonepe", "razorpay", "payu", "acme-pay")) {
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM outbox_message WHERE type = 'AdminAlert'"
                                    + " AND position('WEBHOOK_SIGNATURE' in convert_from(envelope, 'UTF8')) > 0"
                                    + " AND position(? in convert_from(envelope, 'UTF8')) > 0",
                            Integer.class,
                            "/webhooks/" + provider + " rejected"))
                    .as("one throttled security alert for %s", provider)
                    .isOne();
        }
    }

    @Test
    void aCorrectlyAuthorizedPhonePeCallbackWithoutAnOrderIsQuarantined() {
        byte[] body = "{\"event\":\"checkout.order.completed\",\"payload\":{\"state\":\"COMPLETED\"}}"
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = client.post(
                "/webhooks/phonepe",
                body,
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Authorization",
                        CallbackSigning.phonePe(SANDBOX_PHONEPE_USERNAME, SANDBOX_PHONEPE_PASSWORD)));

        assertProblem(response, 400, "MALFORMED_WEBHOOK");
        UUID quarantineId = UUID.fromString(
                JSON.readTree(response.body()).get("quarantineId").asString());
        assertThat(jdbc.queryForObject(
                        "SELECT provider FROM webhook_quarantine WHERE quarantine_id = ?", String.class, quarantineId))
                .isEqualTo("phonepe");
    }

    private ProviderWebhookReceived published(String provider, String resourceId) {
        Recorded record = webhooks.await(r -> r.message(ProviderWebhookReceived.class)
                .filter(m -> provider.equals(m.provider()) && resourceId.equals(m.resourceId()))
                .isPresent());
        assertThat(record.key()).isEqualTo(provider + ":" + resourceId);
        return record.as(ProviderWebhookReceived.class);
    }

    private static void assertAccepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(status(response)).isEqualTo("ACCEPTED");
    }

    private static String status(HttpResponse<String> response) {
        JsonNode ack = JSON.readTree(response.body());
        return ack.get("status").asString();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo(code);
    }

    private int outboxRowsMentioning(String text) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM outbox_message WHERE type = 'ProviderWebhookReceived'"
                        + " AND position(? in convert_from(envelope, 'UTF8')) > 0",
                Integer.class,
                text);
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String providerEventId(Recorded received) {
        return received.message(ProviderWebhookReceived.class)
                .map(ProviderWebhookReceived::providerEventId)
                .orElse(null);
    }
}
