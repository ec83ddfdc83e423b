package com.trustpay.sandbox.setu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.support.Http.Response;
import com.trustpay.sandbox.support.SandboxIntegrationSupport;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VpaVerificationTest extends SandboxIntegrationSupport {

    @Test
    void verificationStartsPendingAndBecomesValidWithANotificationNamingTheCustomer() {
        Response r = verify("anyone@okhdfc");
        assertThat(r.json().get("status").asString()).isEqualTo("pending");
        String id = r.json().get("id").asString();

        awaitStatus(id, "valid");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(setuEvents()).singleElement().satisfies(e -> {
                    assertThat(e.get("eventType").asString()).isEqualTo("customer_vpa.valid");
                    assertThat(e.get("customerName").asString()).isNotBlank();
                    assertThat(e.get("merchantReferenceId").asString()).isEqualTo("ref-1");
                }));
    }

    @Test
    void invalidAndVerifyFailVpasResolveAccordingly() {
        awaitStatus(verify("invalid@okhdfc").json().get("id").asString(), "invalid");
        awaitStatus(verify("verifyfail@okhdfc").json().get("id").asString(), "failed");
    }

    @Test
    void mockSetsTheResult() {
        String id = verify("anyone@okhdfc").json().get("id").asString();
        Response mock =
                setu("POST", "/api/v1/merchants/customer-vpas/mock/verify", Map.of("id", id, "status", "invalid"));
        assertThat(mock.status()).isEqualTo(200);
        assertThat(mock.json().get("status").asString()).isEqualTo("invalid");
        assertThat(setu("POST", "/api/v1/merchants/customer-vpas/mock/verify", Map.of("id", id, "status", "bogus"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void malformedVpaIsRefused() {
        assertThat(verify("no-at-sign").status()).isEqualTo(400);
    }

    private Response verify(String vpa) {
        return setu(
                "POST", "/api/v1/merchants/customer-vpas/verify", Map.of("customerVpa", vpa, "referenceId", "ref-1"));
    }

    private void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode poll = setu("GET", "/api/v1/merchants/customer-vpas/verify/" + id, null)
                    .json();
            assertThat(poll.get("status").asString()).isEqualTo(status);
            assertThat(poll.has("reason")).isTrue();
        });
    }
}
