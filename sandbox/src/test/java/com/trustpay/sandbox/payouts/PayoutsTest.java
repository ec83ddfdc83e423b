package com.trustpay.sandbox.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.support.Http;
import com.trustpay.sandbox.support.Http.Response;
import com.trustpay.sandbox.support.SandboxIntegrationSupport;
import com.trustpay.sandbox.support.WebhookReceiver.Received;
import com.trustpay.testsupport.providers.ProviderSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PayoutsTest extends SandboxIntegrationSupport {

    static final String AUTH = "Basic "
            + Base64.getEncoder().encodeToString("rzp_test_sandbox:sandbox_secret".getBytes(StandardCharsets.UTF_8));

    @Test
    void successPayeeIsProcessedWithAUtrAndSignedWebhooks() {
        Response created = payout("key-success-1", "success@okaxis", "escrow-1", 50_000);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(created.json().get("id").asString()).startsWith("pout_");
        assertThat(created.json().get("status").asString()).isEqualTo("processing");
        String id = created.json().get("id").asString();

        JsonNode processed = awaitStatus(id, "processed");
        assertThat(processed.get("utr").asString()).isNotBlank();
        assertThat(processed.get("reference_id").asString()).isEqualTo("escrow-1");

        await().atMost(Duration.ofSeconds(5))
                .until(() -> RECEIVER.received(RZPX_HOOK).size() == 2);
        List<Received> hooks = RECEIVER.received(RZPX_HOOK);
        for (Received hook : hooks) {
            assertThat(hook.header(ProviderSignatures.RAZORPAYX_HEADER))
                    .isEqualTo(ProviderSignatures.razorpayx(RZPX_SECRET, hook.body()));
            assertThat(hook.header("x-razorpay-event-id")).startsWith("evt_");
            JsonNode event = Http.json().readTree(hook.body());
            assertThat(event.get("entity").asString()).isEqualTo("event");
            assertThat(event.get("contains").get(0).asString()).isEqualTo("payout");
            assertThat(event.get("payload")
                            .get("payout")
                            .get("entity")
                            .get("id")
                            .asString())
                    .isEqualTo(id);
            assertThat(event.get("created_at").isNumber()).isTrue();
        }
        assertThat(hooks.stream()
                        .map(h -> Http.json().readTree(h.body()).get("event").asString()))
                .containsExactlyInAnyOrder("payout.initiated", "payout.processed");
        JsonNode all = http.send("GET", "/sandbox/payouts", null, Map.of()).json();
        assertThat(all.get("processedByReferenceId").get("escrow-1").asLong()).isEqualTo(1);
    }

    @Test
    void failPayeeFailsWithStatusDetails() {
        String id = payout("key-fail-1", "fail@okaxis", "escrow-2", 100)
                .json()
                .get("id")
                .asString();
        JsonNode failed = awaitStatus(id, "failed");
        assertThat(failed.get("status_details").get("source").asString()).isEqualTo("beneficiary_bank");
        assertThat(failed.get("status_details").get("reason").asString()).isNotBlank();
    }

    @Test
    void failNextMakesTheNextPayoutsFailWhateverTheirVpaThenThemSucceed() {
        Response armed = http.send("PUT", "/sandbox/payouts/fail-next", Map.of("count", 1), Map.of());
        assertThat(armed.json().get("count").asInt()).isEqualTo(1);

        String first = payout("key-failnext-1", "success@okaxis", "escrow-fn", 100)
                .json()
                .get("id")
                .asString();
        String second = payout("key-failnext-2", "success@okaxis", "escrow-fn", 100)
                .json()
                .get("id")
                .asString();

        assertThat(awaitStatus(first, "failed")
                        .get("status_details")
                        .get("reason")
                        .asString())
                .isEqualTo("bank_down");
        awaitStatus(second, "processed");
    }

    @Test
    void reversePayeeIsProcessedThenReversed() {
        String id = payout("key-reverse-1", "reverse@okaxis", "escrow-3", 100)
                .json()
                .get("id")
                .asString();
        awaitStatus(id, "reversed");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(RECEIVER.received(RZPX_HOOK).stream()
                        .map(h -> Http.json().readTree(h.body()).get("event").asString()))
                .contains("payout.processed", "payout.reversed"));
    }

    @Test
    void slowPayeeStaysProcessingForAWhileThenCompletes() {
        String id = payout("key-slow-1", "slow@okaxis", "escrow-4", 100)
                .json()
                .get("id")
                .asString();
        assertThat(get(id).json().get("status").asString()).isEqualTo("processing");
        awaitStatus(id, "processed");
    }

    @Test
    void sameKeyAndBodyReturnsTheSamePayoutAndADifferentBodyIsRefused() {
        String first = payout("idem key_1", "success@okaxis", "escrow-5", 100)
                .json()
                .get("id")
                .asString();
        Response again = payout("idem key_1", "success@okaxis", "escrow-5", 100);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(first);

        Response different = payout("idem key_1", "success@okaxis", "escrow-5", 200);
        assertThat(different.status()).isEqualTo(400);
        assertThat(different.json().get("error").get("code").asString()).isEqualTo("BAD_REQUEST_ERROR");
        assertThat(http.send("GET", "/sandbox/payouts", null, Map.of())
                        .json()
                        .get("payouts")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void payoutsAreFoundByTheirReferenceId() {
        String id = payout("ref-key-1", "success@okaxis", "PO-find-me-1-1", 100)
                .json()
                .get("id")
                .asString();
        payout("ref-key-2", "success@okaxis", "PO-someone-else", 100);

        Response found = http.send(
                "GET",
                "/v1/payouts?account_number=7878780080316316&reference_id=PO-find-me-1-1",
                null,
                Map.of("Authorization", AUTH));
        Response none = http.send(
                "GET",
                "/v1/payouts?account_number=7878780080316316&reference_id=PO-never-sent",
                null,
                Map.of("Authorization", AUTH));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("entity").asString()).isEqualTo("collection");
        assertThat(found.json().get("count").asInt()).isEqualTo(1);
        assertThat(found.json().get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(none.json().get("count").asInt()).isZero();
        assertThat(http.send("GET", "/v1/payouts?account_number=1&reference_id=x", null, Map.of("Authorization", AUTH))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void idempotencyHeaderIsMandatoryAndShaped() {
        assertThat(payout(null, "success@okaxis", "e", 100).status()).isEqualTo(400);
        assertThat(payout("abc", "success@okaxis", "e", 100).status()).isEqualTo(400);
        assertThat(payout("x".repeat(37), "success@okaxis", "e", 100).status()).isEqualTo(400);
        assertThat(payout("bad*key", "success@okaxis", "e", 100).status()).isEqualTo(400);
    }

    @Test
    void wrongCredentialsAreRejectedAndUnknownIdsAreBadRequests() {
        Response r = http.send("GET", "/v1/payouts/pout_x", null, Map.of("Authorization", "Basic eDp5"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").get("code").asString()).isEqualTo("BAD_REQUEST_ERROR");
        assertThat(get("pout_unknown").status()).isEqualTo(400);
    }

    @Test
    void invalidPayoutsAreRefusedWithTheFieldNamed() {
        Map<String, Object> body = body("success@okaxis", "e", 100);
        body.put("account_number", "1111");
        Response r =
                http.send("POST", "/v1/payouts", body, Map.of("Authorization", AUTH, "X-Payout-Idempotency", "k-1234"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").get("field").asString()).isEqualTo("account_number");
    }

    private JsonNode awaitStatus(String id, String status) {
        JsonNode[] out = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            out[0] = get(id).json();
            assertThat(out[0].get("status").asString()).isEqualTo(status);
        });
        return out[0];
    }

    private Response get(String id) {
        return http.send("GET", "/v1/payouts/" + id, null, Map.of("Authorization", AUTH));
    }

    private Response payout(String key, String vpa, String reference, long amount) {
        Map<String, String> headers = key == null
                ? Map.of("Authorization", AUTH)
                : Map.of("Authorization", AUTH, "X-Payout-Idempotency", key);
        return http.send("POST", "/v1/payouts", body(vpa, reference, amount), headers);
    }

    static Map<String, Object> body(String vpa, String reference, long amount) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("account_number", "7878780080316316");
        body.put("amount", amount);
        body.put("currency", "INR");
        body.put("mode", "UPI");
        body.put("purpose", "payout");
        body.put("queue_if_low_balance", true);
        body.put("reference_id", reference);
        body.put("narration", "TrustPay release");
        body.put(
                "fund_account",
                Map.of(
                        "account_type",
                        "vpa",
                        "vpa",
                        Map.of("address", vpa),
                        "contact",
                        Map.of("name", "Payee", "type", "customer")));
        return body;
    }
}
