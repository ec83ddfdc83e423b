package com.trustpay.sandbox.setu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.support.Http.Response;
import com.trustpay.sandbox.support.SandboxIntegrationSupport;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CollectTest extends SandboxIntegrationSupport {

    @Test
    void createEchoesTheRequestAsActiveWithDefaults() {
        Response r = setu(
                "POST",
                "/api/v1/merchants/collect",
                Map.of(
                        "amount",
                        10_000,
                        "customerVpa",
                        "expire@okhdfc",
                        "merchantVpa",
                        MERCHANT_VPA,
                        "merchantReferenceId",
                        "INV-1",
                        "transactionNote",
                        "Loan EMI",
                        "metadata",
                        Map.of("InvoiceNumber", "INV-1")));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("status").asString()).isEqualTo("active");
        assertThat(r.json().get("expireAfter").asInt()).isEqualTo(30);
        assertThat(r.json().get("referenceId").asString()).isEqualTo("INV-1");
        assertThat(r.json().get("merchantId").asString()).isEqualTo(MERCHANT);
        assertThat(r.json().get("metadata").get("InvoiceNumber").asString()).isEqualTo("INV-1");
    }

    @Test
    void successCustomerPaysAutomatically() {
        String id = collect("success@okhdfc", 30).get("id").asString();

        JsonNode payment = awaitLastPayment(id, "success");
        JsonNode fetched = setu("GET", "/api/v1/merchants/collect/" + id, null).json();
        assertThat(fetched.get("status").asString()).isEqualTo("paid");
        assertThat(fetched.get("paymentDetails").get("paymentId").asString())
                .isEqualTo(payment.get("id").asString());
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(setuEvents()).anySatisfy(e -> {
                    assertThat(e.get("eventType").asString()).isEqualTo("payment.success");
                    assertThat(e.get("productInstanceType").asString()).isEqualTo("collect");
                    assertThat(e.get("txnType").asString()).isEqualTo("collect");
                }));
    }

    @Test
    void failureCustomerFailsAndClosesTheCollectWithTheReason() {
        String id = collect("failure@okhdfc", 30).get("id").asString();
        awaitLastPayment(id, "failed");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode fetched =
                    setu("GET", "/api/v1/merchants/collect/" + id, null).json();
            assertThat(fetched.get("status").asString()).isEqualTo("closed");
            assertThat(fetched.get("reason").get("npciErrCode").asString()).isEqualTo("U30");
        });
    }

    @Test
    void invalidCustomerPaymentFails() {
        String id = collect("invalid@okhdfc", 30).get("id").asString();
        assertThat(awaitLastPayment(id, "failed")
                        .get("reason")
                        .get("npciErrCategory")
                        .asString())
                .isEqualTo("BD");
    }

    @Test
    void pendingCustomerStaysPendingUntilAMockCallPays() {
        String id = collect("pending@okhdfc", 600).get("id").asString();
        awaitLastPayment(id, "pending");
        assertThat(setu("GET", "/api/v1/merchants/collect/" + id, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("active");

        pay(id, "success@okhdfc", 10_000, null);
        awaitLastPayment(id, "success");
        assertThat(setu("GET", "/api/v1/merchants/collect/" + id, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("paid");
    }

    @Test
    void pendingCustomerIsClosedAtExpiryWithAnExpiryReason() {
        String id = collect("pending@okhdfc", 1).get("id").asString();
        awaitLastPayment(id, "failed");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode fetched =
                    setu("GET", "/api/v1/merchants/collect/" + id, null).json();
            assertThat(fetched.get("status").asString()).isEqualTo("closed");
            assertThat(fetched.get("closedAt").isString()).isTrue();
            assertThat(fetched.get("reason").get("npciErrCode").asString()).isEqualTo("U69");
        });
    }

    @Test
    void expireCustomerNeverPaysAndTheCollectClosesAtExpiry() {
        String id = collect("expire@okhdfc", 1).get("id").asString();
        await().atMost(Duration.ofSeconds(5)).until(() -> setu("GET", "/api/v1/merchants/collect/" + id, null)
                .json()
                .get("status")
                .asString()
                .equals("closed"));
        assertThat(setu("GET", "/api/v1/merchants/payments/product-instances/" + id + "/history", null)
                        .json()
                        .get("payments")
                        .size())
                .isZero();
    }

    @Test
    void invalidCollectsAreRefused() {
        assertThat(status(Map.of("amount", 100, "customerVpa", "bad_vpa@x", "merchantVpa", MERCHANT_VPA)))
                .isEqualTo(400);
        assertThat(status(Map.of(
                        "amount", 100, "customerVpa", "a@b", "merchantVpa", MERCHANT_VPA, "expireAfter", 64_801)))
                .isEqualTo(400);
        assertThat(status(Map.of("amount", 100, "customerVpa", "a@b", "merchantVpa", MERCHANT_VPA, "expireAfter", 0)))
                .isEqualTo(400);
        assertThat(status(Map.of(
                        "amount",
                        100,
                        "customerVpa",
                        "a@b",
                        "merchantVpa",
                        MERCHANT_VPA,
                        "referenceId",
                        "x".repeat(256))))
                .isEqualTo(400);
        assertThat(status("{\"amount\":10.5,\"customerVpa\":\"a@b\",\"merchantVpa\":\"trustpay@sandbox\"}"))
                .isEqualTo(400);
        assertThat(setu("GET", "/api/v1/merchants/collect/01UNKNOWN0000000000000000", null)
                        .status())
                .isEqualTo(404);
    }

    private int status(Object body) {
        return setu("POST", "/api/v1/merchants/collect", body).status();
    }

    private JsonNode collect(String customerVpa, int expireAfter) {
        Response r = setu(
                "POST",
                "/api/v1/merchants/collect",
                Map.of(
                        "amount",
                        10_000,
                        "customerVpa",
                        customerVpa,
                        "merchantVpa",
                        MERCHANT_VPA,
                        "expireAfter",
                        expireAfter));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.json();
    }
}
