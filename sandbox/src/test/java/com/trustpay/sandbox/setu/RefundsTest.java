package com.trustpay.sandbox.setu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.support.Http.Response;
import com.trustpay.sandbox.support.SandboxIntegrationSupport;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RefundsTest extends SandboxIntegrationSupport {

    @Test
    void partialRefundsAreAllowedWithinThePaymentAmount() {
        JsonNode payment = paidPayment();
        String paymentId = payment.get("id").asString();

        Response first = refund(paymentId, 6_000);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("pending");
        assertThat(first.json().get("crn").asString()).isNotBlank();
        assertThat(refund(paymentId, 4_000).status()).isEqualTo(201);
        Response tooMuch = refund(paymentId, 1);
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("code").asString()).isEqualTo("bad-request");

        JsonNode list = setu(
                        "GET",
                        "/api/v1/merchants/refunds/" + payment.get("txnId").asString() + "/payment",
                        null)
                .json();
        assertThat(list.get("refunds").size()).isEqualTo(2);
        assertThat(list.get("refunds").get(0).get("requestId").asString()).isNotBlank();
    }

    @Test
    void refundOnAnUnsuccessfulPaymentIsRefused() {
        String id = createDqr(10_000).get("id").asString();
        pay(id, "fail@okbank", 10_000, null);
        String paymentId = awaitLastPayment(id, "failed").get("id").asString();
        assertThat(refund(paymentId, 100).status()).isEqualTo(400);
        assertThat(refund("01UNKNOWN0000000000000000", 100).status()).isEqualTo(404);
    }

    @Test
    void mockSuccessSettlesTheRefundAndNotifiesRefundSuccessful() {
        JsonNode payment = paidPayment();
        String refundId =
                refund(payment.get("id").asString(), 10_000).json().get("id").asString();

        Response mock =
                setu("PUT", "/api/v1/merchants/refunds/mock/" + refundId + "/status", Map.of("mockStatus", "success"));
        assertThat(mock.json().get("status").asString()).isEqualTo("success");
        assertThat(setu("GET", "/api/v1/merchants/refunds/" + refundId, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("success");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(setuEvents()).anySatisfy(e -> {
                    assertThat(e.get("eventType").asString()).isEqualTo("refund.successful");
                    assertThat(e.get("status").asString()).isEqualTo("success");
                    assertThat(e.get("orgTxnId").asString())
                            .isEqualTo(payment.get("txnId").asString());
                    assertThat(e.get("crn").asString()).isNotBlank();
                }));
        assertThat(setuEventTypes()).contains("refund.pending");
    }

    @Test
    void mockFailureCarriesTheErrorCodeAndFreesTheAmount() {
        JsonNode payment = paidPayment();
        String paymentId = payment.get("id").asString();
        String refundId = refund(paymentId, 10_000).json().get("id").asString();

        Response mock = setu(
                "PUT",
                "/api/v1/merchants/refunds/mock/" + refundId + "/status",
                Map.of("mockStatus", "failed", "errCode", "AA1"));
        assertThat(mock.json().get("status").asString()).isEqualTo("failed");
        assertThat(mock.json().get("reason").get("npciErrCode").asString()).isEqualTo("AA1");
        assertThat(setu(
                                "PUT",
                                "/api/v1/merchants/refunds/mock/" + refundId + "/status",
                                Map.of("mockStatus", "success"))
                        .status())
                .isEqualTo(400);
        assertThat(refund(paymentId, 10_000).status()).isEqualTo(201);
    }

    @Test
    void pendingRefundSucceedsOnItsOwnAfterTheAutoResolveDelay() {
        String refundId =
                refund(paidPayment().get("id").asString(), 100).json().get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> setu("GET", "/api/v1/merchants/refunds/" + refundId, null)
                .json()
                .get("status")
                .asString()
                .equals("success"));
        assertThat(http.send("GET", "/sandbox/refunds", null, Map.of())
                        .json()
                        .get("refunds")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aRefundMadeToFailIsCreditedLateOnTheAdminKnobAndNotifiesRefundSuccessful() {
        assertThat(http.send("PUT", "/sandbox/refunds/fail-next", Map.of("count", 1), Map.of())
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(1);
        String refundId =
                refund(paidPayment().get("id").asString(), 100).json().get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> status(refundId).equals("failed"));
        assertThat(http.send("POST", "/sandbox/refunds/NOSUCHREFUND/credit-late", null, Map.of())
                        .status())
                .isEqualTo(404);

        Response credited = http.send("POST", "/sandbox/refunds/" + refundId + "/credit-late", null, Map.of());

        assertThat(credited.status()).isEqualTo(200);
        assertThat(status(refundId)).isEqualTo("success");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(setuEventTypes()).contains("refund.failed", "refund.successful"));
        assertThat(http.send("POST", "/sandbox/refunds/" + refundId + "/credit-late", null, Map.of())
                        .status())
                .isEqualTo(409);
    }

    private String status(String refundId) {
        return setu("GET", "/api/v1/merchants/refunds/" + refundId, null)
                .json()
                .get("status")
                .asString();
    }

    private JsonNode paidPayment() {
        String id = createDqr(10_000).get("id").asString();
        pay(id, "success@okbank", 10_000, null);
        return awaitLastPayment(id, "success");
    }

    private Response refund(String paymentId, long amount) {
        return setu(
                "POST",
                "/api/v1/merchants/refunds",
                Map.of("paymentId", paymentId, "amount", amount, "referenceId", "R-1", "remarks", "cancelled"));
    }
}
