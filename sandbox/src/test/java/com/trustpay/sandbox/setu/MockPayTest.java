package com.trustpay.sandbox.setu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.support.Http.Response;
import com.trustpay.sandbox.support.SandboxIntegrationSupport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MockPayTest extends SandboxIntegrationSupport {

    @Test
    void nobodyPaysALinkUntilTheMockPayerActs() {
        String id = createDqr(10_000).get("id").asString();
        Response history = setu("GET", "/api/v1/merchants/payments/product-instances/" + id + "/history", null);
        assertThat(history.json().get("payments").size()).isZero();
    }

    @Test
    void successPayerPaysTheLinkAndSetuNotifiesInitiatedThenSuccess() {
        JsonNode dqr = createDqr(10_000);
        String id = dqr.get("id").asString();

        Response r = pay(id, "success@okbank", 10_000, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("initiated");

        JsonNode payment = awaitLastPayment(id, "success");
        assertThat(payment.get("txnId").asString()).hasSize(35).startsWith("SET");
        assertThat(payment.get("rrn").asString()).hasSize(12);
        assertThat(payment.get("refId").asString()).isEqualTo(dqr.get("refId").asString());
        assertThat(setu("GET", "/api/v1/merchants/dqr/" + id, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("paid");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(setuEventTypes())
                .containsExactlyInAnyOrder("payment.initiated", "payment.success"));
        JsonNode success = setuEvents().stream()
                .filter(e -> e.get("eventType").asString().equals("payment.success"))
                .findFirst()
                .orElseThrow();
        assertThat(success.get("productInstanceType").asString()).isEqualTo("pay_single");
        assertThat(success.get("txnType").asString()).isEqualTo("pay");
        assertThat(success.get("txnId").asString())
                .isEqualTo(payment.get("txnId").asString());
        assertThat(success.get("eventTs").asString()).endsWith("+05:30");
        assertThat(success.get("tpv").get("customerAccount").isObject()).isTrue();
    }

    @Test
    void failPayerFailsWithDebitFailedBusinessDecline() {
        String id = createDqr(10_000).get("id").asString();
        pay(id, "fail@okbank", 10_000, null);

        JsonNode reason = awaitLastPayment(id, "failed").get("reason");
        assertThat(reason.get("npciErrCode").asString()).isEqualTo("U30");
        assertThat(reason.get("npciRespCode").asString()).isEqualTo("ZM");
        assertThat(reason.get("npciErrCategory").asString()).isEqualTo("BD");
        assertThat(setu("GET", "/api/v1/merchants/dqr/" + id, null)
                        .json()
                        .get("status")
                        .asString())
                .as("a failed attempt leaves the link payable")
                .isEqualTo("active");
    }

    @Test
    void payerRespCodeForcesAFailureWithThatCode() {
        String id = createDqr(10_000).get("id").asString();
        pay(id, "success@okbank", 10_000, "Z9");

        assertThat(awaitLastPayment(id, "failed")
                        .get("reason")
                        .get("npciRespCode")
                        .asString())
                .isEqualTo("Z9");
    }

    @Test
    void pendingPayerStaysPendingUntilAnotherMockCallSettlesIt() {
        String id = createDqr(10_000).get("id").asString();
        pay(id, "pending@okbank", 10_000, null);
        JsonNode pending = awaitLastPayment(id, "pending");
        assertThat(pending.get("reason").get("npciErrCode").asString()).isEqualTo("XY");

        Response settle = pay(id, "success@okbank", 10_000, null);
        assertThat(settle.json().get("paymentId").asString())
                .isEqualTo(pending.get("id").asString());
        assertThat(awaitLastPayment(id, "success").get("id").asString())
                .isEqualTo(pending.get("id").asString());
    }

    @Test
    void expirePayerNeverPays() {
        String id = createDqr(10_000).get("id").asString();
        Response r = pay(id, "expire@okbank", 10_000, null);
        assertThat(r.json().get("status").asString()).isEqualTo("no-action");
        assertThat(setu("GET", "/api/v1/merchants/payments/product-instances/" + id + "/last", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void wrongAmountOnAFixedLinkAndPayingAClosedLinkAreRefused() {
        String id = createDqr(10_000).get("id").asString();
        assertThat(pay(id, "success@okbank", 9_999, null).status()).isEqualTo(400);
        setu("PUT", "/api/v1/merchants/dqr/" + id + "/expire", null);
        assertThat(pay(id, "success@okbank", 10_000, null).status()).isEqualTo(400);
        assertThat(pay("01UNKNOWN0000000000000000", "success@okbank", 10_000, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void paymentsCanBeReadByIdLastAndHistory() {
        String id = createDqr(10_000).get("id").asString();
        pay(id, "fail@okbank", 10_000, null);
        awaitLastPayment(id, "failed");
        pay(id, "success@okbank", 10_000, null);
        JsonNode last = awaitLastPayment(id, "success");

        JsonNode byId = setu(
                        "GET", "/api/v1/merchants/payments/" + last.get("id").asString(), null)
                .json();
        assertThat(byId.get("productInstanceId").asString()).isEqualTo(id);
        assertThat(byId.get("amount").asLong()).isEqualTo(10_000);
        assertThat(byId.get("currency").asString()).isEqualTo("INR");
        JsonNode history = setu("GET", "/api/v1/merchants/payments/product-instances/" + id + "/history", null)
                .json()
                .get("payments");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("status").asString()).isEqualTo("failed");
        assertThat(setu("GET", "/api/v1/merchants/payments/01UNKNOWN0000000000000000", null)
                        .status())
                .isEqualTo(404);
    }
}
