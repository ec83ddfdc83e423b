package com.trustpay.sandbox.phonepe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.support.Http.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PhonePePaymentTest extends PhonePeTestSupport {

    @Test
    void intentPaidSuccessfullyCompletesTheOrderWithUtrAndMaskedVpa() {
        created(createCustom("TP-pay-ok", 10_000, "UPI_INTENT", null, LONG));

        Response r = mockPay(Map.of("merchantOrderId", "TP-pay-ok", "payerVpa", "9876543278@ybl"));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);

        JsonNode status = status("TP-pay-ok");
        assertThat(status.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(status.get("amount").asLong()).isEqualTo(10_000);
        assertThat(status.get("metaInfo").get("udf1").asString()).isEqualTo("escrow-1");
        assertThat(status.has("errorCode")).isFalse();
        JsonNode attempt = status.get("paymentDetails").get(0);
        assertThat(attempt.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(attempt.get("paymentMode").asString()).isEqualTo("UPI_INTENT");
        assertThat(attempt.get("transactionId").asString()).startsWith("OM");
        assertThat(attempt.get("amount").asLong()).isEqualTo(10_000);
        JsonNode rail = attempt.get("splitInstruments").get(0).get("rail");
        assertThat(rail.get("type").asString()).isEqualTo("UPI");
        assertThat(rail.get("utr").asString()).matches("[0-9]{12}");
        assertThat(rail.get("vpa").asString()).isEqualTo("98******78@ybl");

        await().atMost(Duration.ofSeconds(5)).until(() -> events().contains("pg.order.completed"));
        assertThat(mockPay(Map.of("merchantOrderId", "TP-pay-ok")).status())
                .as("a completed order cannot be paid again")
                .isEqualTo(400);
    }

    @Test
    void theMockPayerFindsAnOrderByPhonePesOwnIdTheTrOfItsIntentLink() {
        JsonNode order = created(createCustom("TP-pay-by-tr", 10_000, "UPI_QR", null, LONG));
        String tr = order.get("qrData").asString().replaceAll(".*[?&]tr=([^&]+).*", "$1");
        assertThat(tr).isEqualTo(order.get("orderId").asString());

        Response r = mockPay(Map.of("orderId", tr, "state", "COMPLETED"));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(status("TP-pay-by-tr").get("state").asString()).isEqualTo("COMPLETED");
        assertThat(mockPay(Map.of("orderId", "OMO00000000000000000000", "state", "COMPLETED"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void intentPaidWithAFailureFailsTheOrderWithTheGivenCodesAndErrorContext() {
        created(createCustom("TP-pay-fail", 10_000, "UPI_QR", null, LONG));

        mockPay(Map.of(
                "merchantOrderId",
                "TP-pay-fail",
                "state",
                "FAILED",
                "errorCode",
                "PAYMENT_ERROR",
                "detailedErrorCode",
                "XC"));

        JsonNode status = pg("GET", "/payments/v2/order/TP-pay-fail/status?errorContext=true", null)
                .json();
        assertThat(status.get("state").asString()).isEqualTo("FAILED");
        assertThat(status.get("errorCode").asString()).isEqualTo("PAYMENT_ERROR");
        assertThat(status.get("detailedErrorCode").asString()).isEqualTo("XC");
        assertThat(status.get("errorContext").get("errorCode").asString()).isEqualTo("PAYMENT_ERROR");
        assertThat(status.get("paymentDetails").get(0).get("state").asString()).isEqualTo("FAILED");
        assertThat(status("TP-pay-fail").has("errorContext"))
                .as("errorContext only when asked")
                .isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> events().contains("pg.order.failed"));
    }

    @Test
    void aFailedAttemptCanLeaveTheOrderPendingAndDetailsShowsEveryAttempt() {
        created(createCustom("TP-retry", 10_000, "UPI_INTENT", null, LONG));

        mockPay(Map.of("merchantOrderId", "TP-retry", "payerVpa", "failed@ybl", "keepOrderPending", true));
        assertThat(status("TP-retry").get("state").asString()).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(5)).until(() -> events().contains("pg.transaction.failed"));

        paid("TP-retry");
        JsonNode latest = status("TP-retry");
        assertThat(latest.get("paymentDetails").size())
                .as("latest attempt only")
                .isEqualTo(1);
        assertThat(latest.get("paymentDetails").get(0).get("state").asString()).isEqualTo("COMPLETED");
        JsonNode all = pg("GET", "/payments/v2/order/TP-retry/status?details=true", null)
                .json();
        assertThat(all.get("paymentDetails").size()).isEqualTo(2);
        assertThat(all.get("paymentDetails").get(0).get("state").asString()).isEqualTo("FAILED");
        assertThat(all.get("paymentDetails").get(0).get("errorCode").asString()).isEqualTo("AUTHORIZATION_ERROR");
        assertThat(all.get("paymentDetails").get(0).get("detailedErrorCode").asString())
                .isEqualTo("ZM");
    }

    @Test
    void collectFromSuccessAtYblCompletes() {
        created(createCustom("TP-c-ok", 5_000, "UPI_COLLECT", "success@ybl", LONG));

        JsonNode status = awaitState("TP-c-ok", "COMPLETED");
        JsonNode attempt = status.get("paymentDetails").get(0);
        assertThat(attempt.get("paymentMode").asString()).isEqualTo("UPI_COLLECT");
        assertThat(attempt.get("splitInstruments").get(0).get("rail").get("vpa").asString())
                .isEqualTo("su***ss@ybl");
        await().atMost(Duration.ofSeconds(5)).until(() -> events().contains("pg.order.completed"));
    }

    @Test
    void collectFromFailedAtYblFailsWithAuthorizationErrorZm() {
        created(createCustom("TP-c-fail", 5_000, "UPI_COLLECT", "failed@ybl", LONG));

        JsonNode status = awaitState("TP-c-fail", "FAILED");
        assertThat(status.get("errorCode").asString()).isEqualTo("AUTHORIZATION_ERROR");
        assertThat(status.get("detailedErrorCode").asString()).isEqualTo("ZM");
        await().atMost(Duration.ofSeconds(5)).until(() -> events().contains("pg.order.failed"));
    }

    @Test
    void collectFromPendingAtYblStaysPendingUntilItExpiresAtExpireAt() {
        JsonNode created = created(createCustom("TP-c-pend", 5_000, "UPI_COLLECT", "pending@ybl", 3_000L));
        long expireAt = created.get("expireAt").asLong();

        JsonNode pending = status("TP-c-pend");
        assertThat(pending.get("state").asString()).isEqualTo("PENDING");
        assertThat(pending.get("paymentDetails").get(0).get("state").asString()).isEqualTo("PENDING");

        JsonNode expired = awaitState("TP-c-pend", "EXPIRED");
        assertThat(System.currentTimeMillis()).isGreaterThanOrEqualTo(expireAt);
        assertThat(expired.get("paymentDetails").get(0).get("state").asString()).isEqualTo("FAILED");
        await().atMost(Duration.ofSeconds(5)).until(() -> events().contains("pg.order.failed"));
        JsonNode hook = callbackBodies().stream()
                .filter(b -> b.get("event").asString().equals("pg.order.failed"))
                .findFirst()
                .orElseThrow();
        assertThat(hook.get("payload").get("state").asString()).isEqualTo("EXPIRED");
        assertThat(mockPay(Map.of("merchantOrderId", "TP-c-pend")).status())
                .as("an expired order cannot be paid")
                .isEqualTo(400);
    }

    @Test
    void aPendingCollectCanBeSettledByTheMockPayer() {
        created(createCustom("TP-c-settle", 5_000, "UPI_COLLECT", "pending@ybl", LONG));
        assertThat(status("TP-c-settle").get("state").asString()).isEqualTo("PENDING");

        paid("TP-c-settle");
        JsonNode all = pg("GET", "/payments/v2/order/TP-c-settle/status?details=true", null)
                .json();
        assertThat(all.get("paymentDetails").size())
                .as("the parked attempt is the one settled")
                .isEqualTo(1);
        assertThat(all.get("state").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void anUnpaidIntentOrderExpires() {
        created(createCustom("TP-i-exp", 5_000, "UPI_INTENT", null, 300L));
        JsonNode expired = awaitState("TP-i-exp", "EXPIRED");
        assertThat(expired.get("paymentDetails").size()).isZero();
    }

    @Test
    void standardCheckoutPaidOnTheHostedPageSendsCheckoutOrderCompleted() {
        created(createCheckout("TP-std-1", 25_000, LONG));
        paid("TP-std-1");

        JsonNode status = pg("GET", "/checkout/v2/order/TP-std-1/status", null).json();
        assertThat(status.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(status.get("paymentDetails").get(0).get("paymentMode").asString())
                .isEqualTo("UPI_INTENT");
        await().atMost(Duration.ofSeconds(5)).until(() -> events().contains("checkout.order.completed"));
        assertThat(events()).doesNotContain("pg.order.completed");
    }

    @Test
    void adminListsOrdersWithTheirFlowAndAttempts() {
        created(createCheckout("TP-list-1", 1_000, LONG));
        created(createCustom("TP-list-2", 2_000, "UPI_COLLECT", "pending@ybl", LONG));

        JsonNode orders = http.send("GET", "/sandbox/phonepe/orders", null, Map.of())
                .json()
                .get("orders");
        assertThat(orders.size()).isEqualTo(2);
        assertThat(orders.get(0).get("merchantOrderId").asString()).isEqualTo("TP-list-1");
        assertThat(orders.get(0).get("flow").asString()).isEqualTo("CHECKOUT");
        assertThat(orders.get(1).get("flow").asString()).isEqualTo("PG");
        assertThat(orders.get(1).get("payerVpa").asString()).isEqualTo("pending@ybl");
        assertThat(orders.get(1).get("paymentDetails").size()).isEqualTo(1);
        assertThat(mockPay(Map.of("merchantOrderId", "NEVER")).status()).isEqualTo(404);

        paid("TP-list-1");
        JsonNode completed = http.send("GET", "/sandbox/phonepe/orders?state=COMPLETED", null, Map.of())
                .json()
                .get("orders");
        assertThat(completed.size()).isEqualTo(1);
        assertThat(completed.get(0).get("merchantOrderId").asString()).isEqualTo("TP-list-1");
        long secondCreatedAt = orders.get(1).get("createdAt").asLong();
        JsonNode window = http.send("GET", "/sandbox/phonepe/orders?from=" + secondCreatedAt, null, Map.of())
                .json()
                .get("orders");
        assertThat(window.size()).isBetween(1, 2);
        assertThat(window.get(window.size() - 1).get("merchantOrderId").asString())
                .isEqualTo("TP-list-2");
        assertThat(http.send(
                                "GET",
                                "/sandbox/phonepe/orders?to="
                                        + (orders.get(0).get("createdAt").asLong() - 1),
                                null,
                                Map.of())
                        .json()
                        .get("orders")
                        .size())
                .isZero();
    }
}
