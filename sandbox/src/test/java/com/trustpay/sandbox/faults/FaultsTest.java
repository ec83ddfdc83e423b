package com.trustpay.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.payouts.PayoutsTestSupport;
import com.trustpay.sandbox.support.Http;
import com.trustpay.sandbox.support.Http.Response;
import com.trustpay.sandbox.support.SandboxIntegrationSupport;
import com.trustpay.sandbox.support.WebhookReceiver.Received;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FaultsTest extends SandboxIntegrationSupport {

    @Test
    void addedLatencyDelaysOnlyTheMatchingEndpoint() {
        String id = createDqr(10_000).get("id").asString();
        putFaults(Map.of("endpoints", Map.of("GET /api/v1/merchants/dqr/{id}", endpoint(400, 0, 0))));

        long t0 = System.nanoTime();
        assertThat(setu("GET", "/api/v1/merchants/dqr/" + id, null).status()).isEqualTo(200);
        assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(400);
        long t1 = System.nanoTime();
        assertThat(setu("GET", "/api/v1/merchants/payments/product-instances/" + id + "/history", null)
                        .status())
                .isEqualTo(200);
        assertThat((System.nanoTime() - t1) / 1_000_000).isLessThan(400);
    }

    @Test
    void errorFaultAnswersFiveHundredBeforeAnythingHappens() {
        putFaults(Map.of("endpoints", Map.of("POST /v1/payouts", endpoint(0, 1.0, 0))));

        Response r = payout("fault-key-1");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().get("error").get("code").asString()).isEqualTo("SERVER_ERROR");
        assertThat(http.send("GET", "/sandbox/payouts", null, Map.of())
                        .json()
                        .get("payouts")
                        .size())
                .isZero();
        Response setu = setu("POST", "/api/v1/merchants/dqr", Map.of("merchantVpa", MERCHANT_VPA, "amount", 100));
        assertThat(setu.status()).as("other endpoints are unaffected").isEqualTo(201);
    }

    @Test
    void anErrorFaultCanAnswerWithA4xxInsteadOfA500() {
        Map<String, Object> refusal = new java.util.HashMap<>(endpoint(0, 1.0, 0));
        refusal.put("errorStatus", 409);
        putFaults(Map.of("endpoints", Map.of("POST /v1/payouts", refusal)));

        Response r = payout("fault-key-409");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("error").get("code").asString()).isEqualTo("BAD_REQUEST_ERROR");
        assertThat(http.send("GET", "/sandbox/payouts", null, Map.of())
                        .json()
                        .get("payouts")
                        .size())
                .as("nothing was done")
                .isZero();
    }

    @Test
    void errorRateFailsAboutThatFractionOfRequests() {
        String id = createDqr(10_000).get("id").asString();
        putFaults(Map.of("endpoints", Map.of("*", endpoint(0, 0.5, 0))));
        int errors = 0;
        for (int i = 0; i < 100; i++) {
            if (setu("GET", "/api/v1/merchants/dqr/" + id, null).status() == 500) {
                errors++;
            }
        }
        assertThat(errors).isBetween(20, 80);
    }

    @Test
    void timeoutFaultCarriesOutTheRequestButAnswersLateWithAGatewayTimeout() {
        putFaults(Map.of("timeoutMs", 300, "endpoints", Map.of("POST /v1/payouts", endpoint(0, 0, 1.0))));

        long t0 = System.nanoTime();
        Response r = payout("fault-key-2");
        assertThat(r.status()).isEqualTo(504);
        assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(300);
        JsonNode payouts =
                http.send("GET", "/sandbox/payouts", null, Map.of()).json().get("payouts");
        assertThat(payouts.size())
                .as("the payout was made although the caller saw a timeout")
                .isEqualTo(1);

        putFaults(Map.of());
        Response retry = payout("fault-key-2");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("id").asString())
                .isEqualTo(payouts.get(0).get("id").asString());
    }

    @Test
    void droppedWebhooksAreLoggedButNeverSent() {
        putFaults(Map.of("webhooks", webhooks(1.0, 0, 0, 0, null, null)));
        payAndSucceed();
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(deliveries().size()).isEqualTo(2));
        assertThat(deliveries())
                .allSatisfy(d -> assertThat(d.get("status").asString()).isEqualTo("DROPPED"));
        assertThat(RECEIVER.received(SETU_HOOK)).isEmpty();
    }

    @Test
    void duplicatedWebhooksArriveTwiceWithTheSameEventIdAndBytes() {
        putFaults(Map.of("webhooks", webhooks(0, 1.0, 0, 0, null, null)));
        payAndSucceed();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> RECEIVER.received(SETU_HOOK).size() == 4);
        Map<String, List<Received>> byEventId = new java.util.HashMap<>();
        for (Received r : RECEIVER.received(SETU_HOOK)) {
            byEventId
                    .computeIfAbsent(
                            Http.json().readTree(r.body()).get("eventId").asString(), k -> new ArrayList<>())
                    .add(r);
        }
        assertThat(byEventId).hasSize(2);
        byEventId.values().forEach(pair -> {
            assertThat(pair).hasSize(2);
            assertThat(pair.get(0).body()).isEqualTo(pair.get(1).body());
        });
    }

    @Test
    void reorderedWebhooksLetLaterEventsOvertakeEarlierOnes() {
        putFaults(Map.of("webhooks", webhooks(0, 0, 0.5, 300, null, null)));
        for (int i = 0; i < 30; i++) {
            payAndSucceed();
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> RECEIVER.received(SETU_HOOK).size() == 60);
        Map<String, String> firstSeenByTxn = new java.util.HashMap<>();
        for (Received r : RECEIVER.received(SETU_HOOK)) {
            JsonNode e = Http.json().readTree(r.body());
            firstSeenByTxn.putIfAbsent(
                    e.get("txnId").asString(), e.get("eventType").asString());
        }
        assertThat(firstSeenByTxn.values()).contains("payment.success");
    }

    @Test
    void webhooksDuringAnOutageFailAndAreDeliveredByALaterRetry() {
        Instant until = Instant.now().plusMillis(400);
        putFaults(Map.of("webhooks", webhooks(0, 0, 0, 0, Instant.now().minusSeconds(1), until)));
        setu("POST", "/api/v1/merchants/customer-vpas/verify", Map.of("customerVpa", "anyone@okhdfc"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode d = deliveries().get(0);
            assertThat(d.get("status").asString()).isEqualTo("DELIVERED");
            assertThat(d.get("attempts").get(0).get("error").asString()).contains("outage");
        });
        assertThat(RECEIVER.received(SETU_HOOK)).hasSize(1);
        assertThat(RECEIVER.received(SETU_HOOK).getFirst().at()).isAfterOrEqualTo(until);
    }

    @Test
    void faultsCanBeReadBackAndResetClearsThem() {
        putFaults(Map.of("latencyMs", 5));
        assertThat(http.send("GET", "/sandbox/faults", null, Map.of())
                        .json()
                        .get("latencyMs")
                        .asLong())
                .isEqualTo(5);
        http.send("POST", "/sandbox/reset", null, Map.of());
        assertThat(http.send("GET", "/sandbox/faults", null, Map.of())
                        .json()
                        .get("latencyMs")
                        .asLong())
                .isZero();
    }

    private void payAndSucceed() {
        String id = createDqr(10_000).get("id").asString();
        pay(id, "success@okbank", 10_000, null);
    }

    private Response payout(String key) {
        return http.send(
                "POST",
                "/v1/payouts",
                PayoutsTestSupport.body("success@okaxis", "escrow-f", 100),
                Map.of("Authorization", PayoutsTestSupport.AUTH, "X-Payout-Idempotency", key));
    }

    private void putFaults(Map<String, Object> faults) {
        Response r = http.send("PUT", "/sandbox/faults", faults, Map.of());
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
    }

    private static Map<String, Object> endpoint(long latencyMs, double errorRate, double timeoutRate) {
        return Map.of("latencyMs", latencyMs, "errorRate", errorRate, "timeoutRate", timeoutRate);
    }

    private static Map<String, Object> webhooks(
            double drop, double duplicate, double reorder, long reorderDelayMs, Instant from, Instant until) {
        Map<String, Object> w = new java.util.HashMap<>();
        w.put("dropRate", drop);
        w.put("duplicateRate", duplicate);
        w.put("reorderRate", reorder);
        w.put("reorderDelayMs", reorderDelayMs);
        w.put("outageFrom", from == null ? null : from.toString());
        w.put("outageUntil", until == null ? null : until.toString());
        return w;
    }
}
