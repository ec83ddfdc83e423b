package com.trustpay.sandbox.phonepe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.support.Http.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PhonePeRefundTest extends PhonePeTestSupport {

    @Test
    void partialRefundsUpToTheOrderAmountAndNotAPaisaMore() {
        completedOrder("TP-r-1", 10_000);

        JsonNode first = refund("R-1a", "TP-r-1", 4_000);
        assertThat(first.get("refundId").asString()).startsWith("OMR");
        assertThat(first.get("amount").asLong()).isEqualTo(4_000);
        assertThat(first.get("state").asString()).isEqualTo("PENDING");
        refund("R-1b", "TP-r-1", 6_000);

        Response over = refundRequest("R-1c", "TP-r-1", 100);
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("code").asString()).isEqualTo("REFUND_AMOUNT_EXCEEDED");
    }

    @Test
    void aFullRefundInOneGoAndAnOverLimitOne() {
        completedOrder("TP-r-full", 10_000);
        assertThat(refundRequest("R-over", "TP-r-full", 10_001)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("REFUND_AMOUNT_EXCEEDED");
        assertThat(refund("R-full", "TP-r-full", 10_000).get("state").asString())
                .isEqualTo("PENDING");
    }

    @Test
    void onlyACompletedOrderCanBeRefunded() {
        created(createCustom("TP-r-pend", 10_000, "UPI_INTENT", null, LONG));
        Response r = refundRequest("R-pend", "TP-r-pend", 1_000);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).isEqualTo("REFUND_NOT_ALLOWED");

        assertThat(refundRequest("R-none", "NEVER-MADE", 1_000).status()).isEqualTo(404);
    }

    @Test
    void invalidAndDuplicateRefundIdsAreRefused() {
        completedOrder("TP-r-ids", 10_000);
        assertThat(refundRequest("R".repeat(64), "TP-r-ids", 1_000).status()).isEqualTo(400);
        assertThat(refundRequest("R with space", "TP-r-ids", 1_000).status()).isEqualTo(400);
        assertThat(refundRequest("R-small", "TP-r-ids", 99).status()).isEqualTo(400);
        refund("R-dup", "TP-r-ids", 1_000);

        Response dup = refundRequest("R-dup", "TP-r-ids", 1_000);
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.json().get("code").asString()).isEqualTo("DUPLICATE_MERCHANT_REFUND_ID");
        assertThat(http.send("GET", "/sandbox/phonepe/refunds", null, Map.of())
                        .json()
                        .get("refunds")
                        .size())
                .isEqualTo(1);
        assertThat(http.send("GET", "/sandbox/phonepe/refunds?originalMerchantOrderId=TP-r-ids", null, Map.of())
                        .json()
                        .get("refunds")
                        .get(0)
                        .get("merchantRefundId")
                        .asString())
                .isEqualTo("R-dup");
        assertThat(http.send("GET", "/sandbox/phonepe/refunds?originalMerchantOrderId=OTHER", null, Map.of())
                        .json()
                        .get("refunds")
                        .size())
                .isZero();
    }

    @Test
    void aRefundCompletesAfterTheAutoResolveDelayAndCallsBackAcceptedThenCompleted() {
        // One virtual hour: 3.6 s real at speed 1000.
        settings(Map.of("refundAutoResolve", "PT1H"));
        completedOrder("TP-r-auto", 10_000);
        refund("R-auto", "TP-r-auto", 2_500);

        JsonNode pending = refundStatus("R-auto");
        assertThat(pending.get("state").asString()).isEqualTo("PENDING");
        assertThat(pending.get("merchantId").asString()).isEqualTo(MERCHANT_ID);
        assertThat(pending.get("merchantRefundId").asString()).isEqualTo("R-auto");
        assertThat(pending.get("originalMerchantOrderId").asString()).isEqualTo("TP-r-auto");
        assertThat(pending.get("amount").asLong()).isEqualTo(2_500);
        assertThat(pending.get("refundId").asString()).startsWith("OMR");
        assertThat(pending.get("timestamp").asLong()).isPositive();

        await().atMost(Duration.ofSeconds(15))
                .until(() -> refundStatus("R-auto").get("state").asString().equals("COMPLETED"));
        JsonNode done = refundStatus("R-auto");
        assertThat(done.get("splitInstruments").get(0).get("rail").get("utr").asString())
                .matches("[0-9]{12}");
        await().atMost(Duration.ofSeconds(5)).until(() -> events().contains("pg.refund.completed"));
        assertThat(events()).contains("pg.refund.accepted");
        JsonNode hook = callbackBodies().stream()
                .filter(b -> b.get("event").asString().equals("pg.refund.completed"))
                .findFirst()
                .orElseThrow();
        assertThat(hook.get("payload").get("state").asString()).isEqualTo("COMPLETED");
        assertThat(hook.get("payload").get("merchantRefundId").asString()).isEqualTo("R-auto");
    }

    @Test
    void theAdminFailsARefundWhichGivesItsAmountBack() {
        completedOrder("TP-r-admin", 10_000);
        refund("R-fail", "TP-r-admin", 10_000);
        assertThat(refundRequest("R-more", "TP-r-admin", 100).status()).isEqualTo(400);

        Response settled =
                http.send("PUT", "/sandbox/phonepe/refunds/R-fail/status", Map.of("state", "FAILED"), Map.of());
        assertThat(settled.status()).as(settled.raw()).isEqualTo(200);
        JsonNode failed = refundStatus("R-fail");
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("errorCode").asString()).isNotBlank();
        await().atMost(Duration.ofSeconds(5)).until(() -> events().contains("pg.refund.failed"));

        assertThat(refund("R-again", "TP-r-admin", 10_000).get("state").asString())
                .as("the failed refund's amount is refundable again")
                .isEqualTo("PENDING");
        assertThat(http.send("PUT", "/sandbox/phonepe/refunds/R-fail/status", Map.of("state", "COMPLETED"), Map.of())
                        .status())
                .as("a settled refund stays settled")
                .isEqualTo(400);
        Response completed =
                http.send("PUT", "/sandbox/phonepe/refunds/R-again/status", Map.of("state", "COMPLETED"), Map.of());
        assertThat(completed.json().get("state").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void anUnknownRefundIs404() {
        Response r = pg("GET", "/payments/v2/refund/NEVER/status", null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("code").asString()).isEqualTo("REFUND_NOT_FOUND");
    }

    private void completedOrder(String merchantOrderId, long amount) {
        created(createCustom(merchantOrderId, amount, "UPI_INTENT", null, LONG));
        paid(merchantOrderId);
    }

    private Response refundRequest(String merchantRefundId, String orderId, long amount) {
        return pg(
                "POST",
                "/payments/v2/refund",
                Map.of("merchantRefundId", merchantRefundId, "originalMerchantOrderId", orderId, "amount", amount));
    }

    private JsonNode refund(String merchantRefundId, String orderId, long amount) {
        Response r = refundRequest(merchantRefundId, orderId, amount);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.json();
    }

    private JsonNode refundStatus(String merchantRefundId) {
        Response r = pg("GET", "/payments/v2/refund/" + merchantRefundId + "/status", null);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.json();
    }
}
