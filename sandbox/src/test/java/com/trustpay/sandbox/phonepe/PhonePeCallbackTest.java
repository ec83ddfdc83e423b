package com.trustpay.sandbox.phonepe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.support.Http;
import com.trustpay.sandbox.support.Http.Response;
import com.trustpay.sandbox.support.WebhookReceiver.Received;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PhonePeCallbackTest extends PhonePeTestSupport {

    @Test
    void aCallbackCarriesTheSha256OfUsernameColonPasswordAndTheOrderPayload() {
        created(createCustom("TP-cb-1", 10_000, "UPI_INTENT", null, LONG));
        paid("TP-cb-1");

        await().atMost(Duration.ofSeconds(5)).until(() -> callbacks().size() == 1);
        Received hook = callbacks().getFirst();
        String authorization = hook.header("Authorization");
        assertThat(authorization).matches("[0-9a-f]{64}");
        assertThat(authorization).isEqualTo(sha256Hex(CALLBACK_USER + ":" + CALLBACK_PASSWORD));
        assertThat(hook.header("Content-Type")).startsWith("application/json");

        JsonNode body = Http.json().readTree(hook.body());
        assertThat(body.get("event").asString()).isEqualTo("pg.order.completed");
        assertThat(body.get("type").asString()).isEqualTo("PG_ORDER_COMPLETED");
        JsonNode payload = body.get("payload");
        JsonNode status = status("TP-cb-1");
        assertThat(payload.get("merchantId").asString()).isEqualTo(MERCHANT_ID);
        assertThat(payload.get("merchantOrderId").asString()).isEqualTo("TP-cb-1");
        assertThat(payload.get("orderId").asString())
                .isEqualTo(status.get("orderId").asString());
        assertThat(payload.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(payload.get("amount").asLong()).isEqualTo(10_000);
        assertThat(payload.get("expireAt").asLong())
                .isEqualTo(status.get("expireAt").asLong());
        assertThat(payload.get("metaInfo").get("udf1").asString()).isEqualTo("escrow-1");
        assertThat(payload.get("paymentDetails").get(0).get("transactionId").asString())
                .isEqualTo(
                        status.get("paymentDetails").get(0).get("transactionId").asString());
    }

    @Test
    void credentialsChangedAtRunTimeAuthenticateLaterCallbacksAndBadOnesAreRefused() {
        Response change = http.send(
                "PUT",
                "/sandbox/webhooks/config",
                Map.of("phonepe", Map.of("username", "other_user", "password", "Passw0rd99")),
                Map.of());
        assertThat(change.status()).as(change.raw()).isEqualTo(200);
        assertThat(change.json().get("phonepe").get("username").asString()).isEqualTo("other_user");
        created(createCheckout("TP-cb-2", 1_000, LONG));
        paid("TP-cb-2");

        await().atMost(Duration.ofSeconds(5)).until(() -> callbacks().size() == 1);
        assertThat(callbacks().getFirst().header("Authorization")).isEqualTo(sha256Hex("other_user:Passw0rd99"));
        assertThat(events()).containsExactly("checkout.order.completed");

        assertThat(http.send("PUT", "/sandbox/webhooks/config", Map.of("phonepe", Map.of("username", "ab")), Map.of())
                        .status())
                .as("username 5-20 of [A-Za-z0-9_]")
                .isEqualTo(400);
        assertThat(http.send(
                                "PUT",
                                "/sandbox/webhooks/config",
                                Map.of("phonepe", Map.of("password", "lettersonly")),
                                Map.of())
                        .status())
                .as("password needs letters and digits")
                .isEqualTo(400);
    }

    @Test
    void aRefusedCallbackIsRetriedWithTheSameBytesThenGivenUp() {
        RECEIVER.respondWith(500);
        created(createCustom("TP-cb-3", 10_000, "UPI_INTENT", null, LONG));
        paid("TP-cb-3");

        await().atMost(Duration.ofSeconds(10)).until(() -> phonePeDeliveries().stream()
                .anyMatch(d -> d.get("status").asString().equals("FAILED")));
        List<Received> attempts = callbacks();
        assertThat(attempts).hasSize(4);
        assertThat(attempts).allSatisfy(a -> {
            assertThat(a.body()).isEqualTo(attempts.getFirst().body());
            assertThat(a.header("Authorization")).isEqualTo(attempts.getFirst().header("Authorization"));
        });
    }

    @Test
    void webhookFaultsApplyToPhonePeCallbacks() {
        putWebhookFaults(Map.of("duplicateRate", 1.0));
        created(createCustom("TP-cb-dup", 10_000, "UPI_INTENT", null, LONG));
        paid("TP-cb-dup");
        await().atMost(Duration.ofSeconds(5)).until(() -> callbacks().size() == 2);
        assertThat(callbacks().get(0).body()).isEqualTo(callbacks().get(1).body());

        RECEIVER.clear();
        putWebhookFaults(Map.of("dropRate", 1.0));
        created(createCustom("TP-cb-drop", 10_000, "UPI_INTENT", null, LONG));
        paid("TP-cb-drop");
        await().atMost(Duration.ofSeconds(5)).until(() -> phonePeDeliveries().stream()
                .anyMatch(d -> d.get("status").asString().equals("DROPPED")));
        assertThat(callbacks()).isEmpty();

        putWebhookFaults(Map.of("reorderRate", 1.0, "reorderDelayMs", 300));
        long t0 = System.currentTimeMillis();
        created(createCustom("TP-cb-late", 10_000, "UPI_INTENT", null, LONG));
        paid("TP-cb-late");
        await().atMost(Duration.ofSeconds(5)).until(() -> callbacks().size() == 1);
        assertThat(callbacks().getFirst().at().toEpochMilli() - t0).isGreaterThanOrEqualTo(300);
    }

    private void putWebhookFaults(Map<String, Object> webhooks) {
        Response r = http.send("PUT", "/sandbox/faults", Map.of("webhooks", webhooks), Map.of());
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
    }

    private List<JsonNode> phonePeDeliveries() {
        JsonNode all = http.send("GET", "/sandbox/webhooks/deliveries?provider=PHONEPE", null, Map.of())
                .json()
                .get("deliveries");
        return java.util.stream.StreamSupport.stream(all.spliterator(), false).toList();
    }
}
