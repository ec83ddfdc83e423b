package com.trustpay.sandbox.phonepe;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.sandbox.support.Http.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhonePeFaultsTest extends PhonePeTestSupport {

    private static final String PAY = "POST " + BASE + "/payments/v2/pay";

    @Test
    void anErrorFaultAnswers500InPhonePesShapeBeforeAnOrderIsMade() {
        accessToken();
        putFaults(Map.of(PAY, Map.of("errorRate", 1.0)));

        Response r = createCustom("TP-f-500", 10_000, "UPI_INTENT", null, LONG);
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().get("code").asString()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(orderCount()).isZero();
        assertThat(createCheckout("TP-f-other", 1_000, LONG).status())
                .as("other endpoints are unaffected")
                .isEqualTo(200);
    }

    @Test
    void aTimeoutFaultCarriesTheCreateOutThenAnswers504SoOnlyStatusTellsTheOutcome() {
        accessToken();
        putFaults(Map.of(PAY, Map.of("timeoutRate", 1.0)));

        Response r = createCustom("TP-f-504", 10_000, "UPI_INTENT", null, LONG);
        assertThat(r.status()).isEqualTo(504);
        assertThat(r.json().get("code").asString()).isEqualTo("TIMED_OUT");
        assertThat(status("TP-f-504").get("state").asString()).isEqualTo("PENDING");
    }

    @Test
    void faultsReachTheTokenServiceAndStatusAndCanAnswerA4xx() {
        putFaults(Map.of(
                "POST " + BASE + "/v1/oauth/token",
                Map.of("errorRate", 1.0, "errorStatus", 429),
                "GET " + BASE + "/payments/v2/order/{id}/status",
                Map.of("errorRate", 1.0)));
        assertThat(tokenRequest(goodCredentials()).status()).isEqualTo(429);
        putFaults(Map.of("GET " + BASE + "/payments/v2/order/{id}/status", Map.of("errorRate", 1.0)));
        assertThat(pg("GET", "/payments/v2/order/ANY/status", null).status()).isEqualTo(500);
        assertThat(http.send("GET", "/sandbox/phonepe/orders", null, Map.of()).status())
                .as("/sandbox/** is never faulted")
                .isEqualTo(200);
    }

    private void putFaults(Map<String, Object> endpoints) {
        Response r = http.send("PUT", "/sandbox/faults", Map.of("timeoutMs", 300, "endpoints", endpoints), Map.of());
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
    }

    private int orderCount() {
        return http.send("GET", "/sandbox/phonepe/orders", null, Map.of())
                .json()
                .get("orders")
                .size();
    }
}
