package com.trustpay.sandbox.phonepe;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.sandbox.support.Http.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PhonePeCreatePaymentTest extends PhonePeTestSupport {

    @Test
    void standardCheckoutAnswersOrderIdPendingExpireAtAndAHostedRedirectUrl() {
        long before = System.currentTimeMillis();
        JsonNode byDefault = created(createCheckout("TP-checkout_0", 10_000, null));
        // Default 1200 s; at speed 1000 the expiry fires 1.2 s later, and expireAt (epoch ms) says when.
        assertThat(byDefault.get("expireAt").asLong()).isBetween(before + 1_200, System.currentTimeMillis() + 1_200);

        JsonNode r = created(createCheckout("TP-checkout_1", 10_000, LONG));
        assertThat(r.get("orderId").asString()).startsWith("OMO");
        assertThat(r.get("state").asString()).isEqualTo("PENDING");
        String redirect = r.get("redirectUrl").asString();
        assertThat(redirect).endsWith("/phonepe/hosted/" + r.get("orderId").asString());
        Response page = http.send("GET", "/phonepe/hosted/" + r.get("orderId").asString(), null, Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("TP-checkout_1").contains("10000 paise");

        JsonNode status =
                pg("GET", "/checkout/v2/order/TP-checkout_1/status", null).json();
        assertThat(status.get("orderId").asString()).isEqualTo(r.get("orderId").asString());
        assertThat(status.get("state").asString()).isEqualTo("PENDING");
        assertThat(status.get("amount").asLong()).isEqualTo(10_000);
        assertThat(status.get("expireAt").asLong()).isEqualTo(r.get("expireAt").asLong());
        assertThat(status.get("paymentDetails").size()).isZero();
    }

    @Test
    void customIntentAnswersAUpiIntentUrlAndQrAUpiQrPayload() {
        JsonNode intent = created(createCustom("TP-intent-1", 12_345, "UPI_INTENT", null, null));
        String orderId = intent.get("orderId").asString();
        assertThat(intent.get("intentUrl").asString())
                .isEqualTo("upi://pay?pa=trustpay.pg@ybl&pn=TrustPay%20Sandbox&am=123.45&tr=" + orderId
                        + "&tn=Payment%20for%20TP-intent-1&cu=INR");
        assertThat(intent.has("redirectUrl")).isFalse();

        long before = System.currentTimeMillis();
        JsonNode qr = created(createCustom("TP-qr-1", 100, "UPI_QR", null, null));
        assertThat(qr.get("qrData").asString())
                .startsWith("upi://pay?pa=trustpay.pg@ybl")
                .contains("&am=1.00&");
        // UPI QR's default expiry is 480 s: 480 ms at speed 1000.
        assertThat(qr.get("expireAt").asLong()).isBetween(before + 480, System.currentTimeMillis() + 480);

        JsonNode collect = created(createCustom("TP-collect-1", 100, "UPI_COLLECT", "pending@ybl", LONG));
        assertThat(collect.has("intentUrl")).isFalse();
        assertThat(collect.get("state").asString()).isEqualTo("PENDING");
    }

    @Test
    void invalidCreatesAre400WithPhonePesErrorShape() {
        assertBadRequest(createCustom("x".repeat(64), 100, "UPI_INTENT", null, null), "merchantOrderId");
        assertBadRequest(createCustom("has space", 100, "UPI_INTENT", null, null), "merchantOrderId");
        assertBadRequest(createCustom("TP.dot", 100, "UPI_INTENT", null, null), "merchantOrderId");
        assertBadRequest(createCustom("TP-small", 99, "UPI_INTENT", null, null), "amount");
        assertBadRequest(createCustom("TP-short", 100, "UPI_INTENT", null, 299L), "expireAfter");
        assertBadRequest(createCustom("TP-long", 100, "UPI_INTENT", null, 5_184_001L), "expireAfter");
        assertBadRequest(createCustom("TP-card", 100, "CARD", null, null), "not simulated");
        assertBadRequest(createCustom("TP-novpa", 100, "UPI_COLLECT", null, null), "UPI_COLLECT");
        assertBadRequest(createCustom("TP-badvpa", 100, "UPI_COLLECT", "not-a-vpa", null), "vpa");

        Response decimal = pg(
                "POST",
                "/payments/v2/pay",
                "{\"merchantOrderId\":\"TP-dec\",\"amount\":100.5,\"paymentFlow\":{\"type\":\"PG\","
                        + "\"paymentMode\":{\"type\":\"UPI_INTENT\"}}}");
        assertThat(decimal.status()).isEqualTo(400);
        assertThat(decimal.json().get("code").asString()).isEqualTo("BAD_REQUEST");

        Map<String, Object> wrongFlow =
                new HashMap<>(Map.of("merchantOrderId", "TP-flow", "amount", 100, "paymentFlow", Map.of("type", "PG")));
        assertBadRequest(pg("POST", "/checkout/v2/pay", wrongFlow), "PG_CHECKOUT");
        wrongFlow.put("paymentFlow", Map.of("type", "PG_CHECKOUT"));
        assertBadRequest(pg("POST", "/payments/v2/pay", wrongFlow), "paymentFlow.type must be PG");
        wrongFlow.put("metaInfo", Map.of("udf16", "x"));
        assertBadRequest(pg("POST", "/checkout/v2/pay", wrongFlow), "udf16");
        wrongFlow.put("metaInfo", Map.of("udf15", "y".repeat(257)));
        assertBadRequest(pg("POST", "/checkout/v2/pay", wrongFlow), "256");

        assertThat(http.send("GET", "/sandbox/phonepe/orders", null, Map.of())
                        .json()
                        .get("orders")
                        .size())
                .as("no invalid create made an order")
                .isZero();
    }

    @Test
    void boundaryValuesAreAccepted() {
        created(createCustom("A".repeat(63), 100, "UPI_INTENT", null, 300L));
        created(createCustom("TP_max-expiry", 100, "UPI_INTENT", null, 5_184_000L));
    }

    @Test
    void aDuplicateMerchantOrderIdIsRefusedAndTheFirstOrderIsUntouched() {
        String orderId = created(createCustom("TP-dup", 10_000, "UPI_INTENT", null, null))
                .get("orderId")
                .asString();

        Response again = createCheckout("TP-dup", 20_000, LONG);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("DUPLICATE_MERCHANT_ORDER_ID");
        JsonNode status = status("TP-dup");
        assertThat(status.get("orderId").asString()).isEqualTo(orderId);
        assertThat(status.get("amount").asLong()).isEqualTo(10_000);
    }

    @Test
    void anUnknownOrderIs404() {
        Response r = pg("GET", "/payments/v2/order/NEVER-MADE/status", null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("code").asString()).isEqualTo("ORDER_NOT_FOUND");
    }

    private static void assertBadRequest(Response r, String messagePart) {
        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).isEqualTo("BAD_REQUEST");
        assertThat(r.json().get("message").asString()).contains(messagePart);
        assertThat(r.json().get("data").isObject()).isTrue();
    }
}
