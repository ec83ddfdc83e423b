package com.trustpay.payment.provider.setu;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.SettledPayment;
import com.trustpay.payment.support.MutableClock;
import com.trustpay.payment.support.ProviderClientTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Setu settlement report read (the sandbox's documented shape) against a mock server with a recorded payload. */
class SetuSettlementReportTest extends ProviderClientTest {

    /** Recorded from the sandbox's {@code GET /api/v1/merchants/settlements/report?date=2026-01-10}. */
    private static final String REPORT = """
            {"merchantId": "01SANDBOXMERCHANT000000000", "date": "2026-01-10", "settlementId": "setl_20260110",
             "currency": "INR", "count": 2, "totalAmount": 162300,
             "entries": [
              {"paymentId": "01JPAY0000000000000000000A", "productInstanceId": "01JDQR0000000000000000000A",
               "referenceId": "TP0123456789ABCD01", "txnId": "SETmBZkQOV0M7wyyP1V4PIFhRSzW5eSjmYI",
               "rrn": "123456789012", "amount": 150000, "status": "success", "txnTs": "2026-01-10T10:15:00+05:30"},
              {"paymentId": "01JPAY0000000000000000000B", "productInstanceId": "01JDQR0000000000000000000B",
               "txnId": "SETxx", "rrn": "123456789013", "amount": 12300, "status": "success",
               "txnTs": "2026-01-10T23:59:59+0530"}]}
            """;

    private SetuClient client;

    @BeforeEach
    void start() throws Exception {
        String url = baseUrl();
        client = new SetuClient(
                new SetuProperties(
                        url,
                        url,
                        "sandbox-client",
                        "sandbox-secret",
                        "01SANDBOXMERCHANT000000000",
                        "trustpay@sandbox",
                        Duration.ofSeconds(240),
                        quickHttp(0)),
                new MutableClock(Instant.parse("2026-01-11T10:00:00Z")));
    }

    @Test
    void readsTheDaysEntriesInBothOffsetStyles() throws Exception {
        server.enqueue(json(200, "{\"access_token\": \"t1\"}"));
        server.enqueue(json(200, REPORT));

        ProviderResult<List<SettledPayment>> result = client.settlementReport(LocalDate.parse("2026-01-10"));

        List<SettledPayment> entries = ((ProviderResult.Ok<List<SettledPayment>>) result).value();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).paymentId()).isEqualTo("01JPAY0000000000000000000A");
        assertThat(entries.get(0).amountPaise()).isEqualTo(150_000);
        assertThat(entries.get(0).settledAt()).isEqualTo(Instant.parse("2026-01-10T04:45:00Z"));
        assertThat(entries.get(1).referenceId()).isNull();
        assertThat(entries.get(1).settledAt()).isEqualTo(Instant.parse("2026-01-10T18:29:59Z"));
        server.takeRequest();
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getTarget()).isEqualTo("/api/v1/merchants/settlements/report?date=2026-01-10");
        assertThat(sent.getHeaders().get("merchantId")).isEqualTo("01SANDBOXMERCHANT000000000");
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer t1");
    }

    @Test
    void aServerErrorOrAnUnreadableReportIsUnknownNeverAnEmptyDay() {
        server.enqueue(json(200, "{\"access_token\": \"t1\"}"));
        server.enqueue(json(500, "{\"code\": \"internal-server-error\", \"detail\": \"injected server error\"}"));
        server.enqueue(json(200, "{\"date\": \"2026-01-10\"}"));

        assertThat(client.settlementReport(LocalDate.parse("2026-01-10"))).isInstanceOf(ProviderResult.Unknown.class);
        assertThat(client.settlementReport(LocalDate.parse("2026-01-10"))).isInstanceOf(ProviderResult.Unknown.class);
    }
}
