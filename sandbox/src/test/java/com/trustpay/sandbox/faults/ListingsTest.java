package com.trustpay.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.sandbox.payouts.PayoutsTestSupport;
import com.trustpay.sandbox.support.Http.Response;
import com.trustpay.sandbox.support.SandboxIntegrationSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The two provider listings reconciliation reads (RazorpayX's payouts list by window and page, Setu's daily
 * settlement report, the sandbox's chosen shape) and that they take the same endpoint faults as every other API.
 */
class ListingsTest extends SandboxIntegrationSupport {

    @Test
    void payoutsListPagesTheWindowNewestFirst() {
        long before = Instant.now().getEpochSecond() - 1;
        for (int i = 0; i < 3; i++) {
            assertThat(payout("list-key-" + i, "ref-" + i).status()).isEqualTo(200);
        }
        long after = Instant.now().getEpochSecond() + 1;
        Set<String> seen = new HashSet<>();
        JsonNode first = list(before, after, 2, 0).json();
        assertThat(first.get("entity").asString()).isEqualTo("collection");
        assertThat(first.get("count").asInt()).isEqualTo(2);
        first.get("items").forEach(p -> seen.add(p.get("reference_id").asString()));
        JsonNode second = list(before, after, 2, 2).json();
        assertThat(second.get("count").asInt()).isEqualTo(1);
        second.get("items").forEach(p -> seen.add(p.get("reference_id").asString()));
        assertThat(seen).containsExactlyInAnyOrder("ref-0", "ref-1", "ref-2");
        assertThat(list(after + 10, after + 20, 10, 0).json().get("count").asInt())
                .isZero();
        assertThat(list(before, after, 101, 0).status()).isEqualTo(400);
    }

    @Test
    void settlementReportListsTheDaysSuccessfulPayments() {
        String paid = createDqr(12_300).get("id").asString();
        pay(paid, "success@okbank", 12_300, null);
        JsonNode payment = awaitLastPayment(paid, "success");
        String failed = createDqr(500).get("id").asString();
        pay(failed, "fail@okbank", 500, null);
        awaitLastPayment(failed, "failed");

        String today = LocalDate.now(ZoneOffset.ofHoursMinutes(5, 30)).toString();
        Response report = setu("GET", "/api/v1/merchants/settlements/report?date=" + today, null);
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        JsonNode body = report.json();
        assertThat(body.get("date").asString()).isEqualTo(today);
        assertThat(body.get("count").asInt()).isEqualTo(1);
        assertThat(body.get("totalAmount").asLong()).isEqualTo(12_300);
        JsonNode entry = body.get("entries").get(0);
        assertThat(entry.get("paymentId").asString())
                .isEqualTo(payment.get("id").asString());
        assertThat(entry.get("rrn").asString()).isEqualTo(payment.get("rrn").asString());
        assertThat(setu("GET", "/api/v1/merchants/settlements/report?date=2026-13-01", null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void bothListingsTakeTheEndpointFaults() {
        put(Map.of(
                "endpoints",
                Map.of(
                        "GET /v1/payouts",
                        Map.of("latencyMs", 0, "errorRate", 1.0, "timeoutRate", 0),
                        "GET /api/v1/merchants/settlements/report",
                        Map.of("latencyMs", 0, "errorRate", 0, "timeoutRate", 1.0)),
                "timeoutMs",
                50));
        long now = Instant.now().getEpochSecond();
        Response payouts = list(now - 60, now, 10, 0);
        assertThat(payouts.status()).isEqualTo(500);
        assertThat(payouts.json().get("error").get("code").asString()).isEqualTo("SERVER_ERROR");
        String today = LocalDate.now(ZoneOffset.ofHoursMinutes(5, 30)).toString();
        assertThat(setu("GET", "/api/v1/merchants/settlements/report?date=" + today, null)
                        .status())
                .isEqualTo(504);
    }

    private Response payout(String key, String reference) {
        return http.send(
                "POST",
                "/v1/payouts",
                PayoutsTestSupport.body("success@okaxis", reference, 100),
                Map.of("Authorization", PayoutsTestSupport.AUTH, "X-Payout-Idempotency", key));
    }

    private Response list(long from, long to, int count, int skip) {
        return http.send(
                "GET",
                "/v1/payouts?account_number=7878780080316316&from=" + from + "&to=" + to + "&count=" + count + "&skip="
                        + skip,
                null,
                Map.of("Authorization", PayoutsTestSupport.AUTH));
    }

    private void put(Map<String, Object> faults) {
        Response r = http.send("PUT", "/sandbox/faults", faults, Map.of());
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
    }
}
