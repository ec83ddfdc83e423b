package com.trustpay.sandbox.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.support.Http;
import com.trustpay.sandbox.support.SandboxIntegrationSupport;
import com.trustpay.sandbox.support.WebhookReceiver.Received;
import com.trustpay.testsupport.providers.ProviderSignatures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebhookDeliveryTest extends SandboxIntegrationSupport {

    @Test
    void setuWebhooksCarryTheBase64HmacOfTheExactBodyAndAUuidEventId() {
        String id = createDqr(10_000).get("id").asString();
        pay(id, "success@okbank", 10_000, null);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> RECEIVER.received(SETU_HOOK).size() == 2);

        for (Received hook : RECEIVER.received(SETU_HOOK)) {
            String signature = hook.header(ProviderSignatures.SETU_HEADER);
            assertThat(signature).hasSize(44).endsWith("=");
            assertThat(signature).isEqualTo(ProviderSignatures.setu(SETU_SECRET, hook.body()));
            JsonNode event = Http.json().readTree(hook.body());
            assertThat(event.get("eventId").asString()).matches("[0-9a-f-]{36}");
            assertThat(event.get("resource").asString()).isEqualTo("payment");
        }
    }

    @Test
    void secretChangedAtRunTimeSignsLaterWebhooks() {
        String secret = "anotherSecret0123456789";
        http.send("PUT", "/sandbox/webhooks/config", Map.of("setu", Map.of("secret", secret)), Map.of());
        verifyVpa();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> RECEIVER.received(SETU_HOOK).size() == 1);
        Received hook = RECEIVER.received(SETU_HOOK).getFirst();
        assertThat(hook.header(ProviderSignatures.SETU_HEADER)).isEqualTo(ProviderSignatures.setu(secret, hook.body()));
    }

    @Test
    void failedDeliveryIsRetriedThreeTimesOnSetusScaledBackoffWithIdenticalBytes() {
        RECEIVER.respondWith(500);
        verifyVpa();

        awaitOnlyDelivery("FAILED", 10);
        List<Received> attempts = RECEIVER.received(SETU_HOOK);
        assertThat(attempts).hasSize(4);
        assertThat(attempts).allSatisfy(a -> {
            assertThat(a.body()).isEqualTo(attempts.getFirst().body());
            assertThat(a.header("x-setu-signature"))
                    .isEqualTo(attempts.getFirst().header("x-setu-signature"));
        });
        // 3, 6 and 12 virtual minutes at speed 1000 are 180, 360 and 720 ms.
        long[] expectedGapsMs = {180, 360, 720};
        for (int i = 0; i < 3; i++) {
            long gap = Duration.between(
                            attempts.get(i).at(), attempts.get(i + 1).at())
                    .toMillis();
            assertThat(gap)
                    .as("gap before retry %d", i + 1)
                    .isBetween(expectedGapsMs[i] - 20, expectedGapsMs[i] + 1500);
        }
        JsonNode log = onlyDelivery().get("attempts");
        assertThat(log.size()).isEqualTo(4);
        assertThat(log.get(0).get("statusCode").asInt()).isEqualTo(500);
    }

    @Test
    void redeliverSendsTheSameEventAgainAndMarksItDelivered() {
        RECEIVER.respondWith(500);
        http.send("PUT", "/sandbox/webhooks/config", Map.of("setu", Map.of("retryBackoff", List.of())), Map.of());
        verifyVpa();
        awaitOnlyDelivery("FAILED", 5);

        RECEIVER.respondWith(200);
        String id = onlyDelivery().get("id").asString();
        JsonNode redelivered = http.send("POST", "/sandbox/webhooks/deliveries/" + id + "/redeliver", null, Map.of())
                .json();
        assertThat(redelivered.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(redelivered.get("attempts").get(1).get("manual").asBoolean()).isTrue();
        List<Received> received = RECEIVER.received(SETU_HOOK);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(http.send("POST", "/sandbox/webhooks/deliveries/whd_nope/redeliver", null, Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void unreachableReceiverCountsAsAFailedAttempt() {
        http.send(
                "PUT",
                "/sandbox/webhooks/config",
                Map.of("setu", Map.of("url", "http://127.0.0.1:1/nothing", "retryBackoff", List.of())),
                Map.of());
        verifyVpa();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode d = onlyDelivery();
            assertThat(d.get("status").asString()).isEqualTo("FAILED");
            assertThat(d.get("attempts").get(0).get("error").asString()).isNotBlank();
        });
    }

    private void verifyVpa() {
        setu("POST", "/api/v1/merchants/customer-vpas/verify", Map.of("customerVpa", "anyone@okhdfc"));
    }

    private void awaitOnlyDelivery(String status, int seconds) {
        await().atMost(Duration.ofSeconds(seconds))
                .untilAsserted(() ->
                        assertThat(onlyDelivery().get("status").asString()).isEqualTo(status));
    }

    private JsonNode onlyDelivery() {
        JsonNode all = deliveries();
        assertThat(all.size()).isEqualTo(1);
        return all.get(0);
    }
}
