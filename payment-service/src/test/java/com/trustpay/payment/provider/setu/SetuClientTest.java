package com.trustpay.payment.provider.setu;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.WireJson;
import com.trustpay.payment.provider.domain.CreatedRequest;
import com.trustpay.payment.provider.domain.PaymentRequestSpec;
import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.RefundSpec;
import com.trustpay.payment.provider.domain.RequestState;
import com.trustpay.payment.support.MutableClock;
import com.trustpay.payment.support.ProviderClientTest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Setu client against a local mock server answering with PROVIDERS.md §1 payload shapes. */
class SetuClientTest extends ProviderClientTest {

    private static final String MERCHANT = "01SANDBOXMERCHANT000000000";
    private static final String DQR = """
            {"id": "01JDQR0000000000000000000A", "merchantId": "01SANDBOXMERCHANT000000000",
             "merchantVpa": "trustpay@sandbox", "amount": 150000, "referenceId": "TP0123456789ABCD01",
             "intentLink": "upi://pay?pa=trustpay@sandbox&pn=TrustPay&am=1500.00&tr=SU01JDQR&cu=INR&mc=0000",
             "shortLink": "upipay.setu.co/Np3KnBCM8Om0", "qrCode": "iVBORw0KGgo=", "refId": "SU01JDQR",
             "status": "active", "createdAt": "2025-06-29T19:12:35+05:30"}
            """;
    private static final String HISTORY = """
            {"payments": [
              {"id": "01JPAY0000000000000000000A", "merchantId": "01SANDBOXMERCHANT000000000",
               "productInstanceId": "01JDQR0000000000000000000A", "referenceId": "TP0123456789ABCD01",
               "amount": 150000, "currency": "INR", "customerVpa": "fail@okhdfc", "merchantVpa": "trustpay@sandbox",
               "status": "failed", "txnId": "SETmBZkQOV0M7wyyP1V4PIFhRSzW5eSjmYI", "txnTs": "2025-06-29T19:12:35+0530",
               "rrn": "123456789012", "reason": {"code": "payment-failed", "desc": "INVALID / INCORRECT MPIN",
               "npciErrCode": "U30", "npciErrDesc": "DEBIT HAS BEEN FAILED", "npciErrCategory": "BD",
               "npciRespCode": "ZM", "npciRespDesc": "INVALID / INCORRECT MPIN"}, "createdAt": "2025-06-29T19:12:35+05:30"}
            ]}
            """;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T10:00:00Z"));
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
                        MERCHANT,
                        "trustpay@sandbox",
                        Duration.ofSeconds(240),
                        quickHttp(1)),
                clock);
    }

    @Test
    void dynamicQrIsCreatedWithTokenMerchantIdAndOurReference() throws Exception {
        server.enqueue(token("t1"));
        server.enqueue(json(201, DQR));

        ProviderResult<CreatedRequest> result = client.request(intentSpec());

        assertThat(result).isInstanceOf(ProviderResult.Ok.class);
        CreatedRequest created = ((ProviderResult.Ok<CreatedRequest>) result).value();
        assertThat(created.instanceId()).isEqualTo("01JDQR0000000000000000000A");
        assertThat(created.intentLink()).startsWith("upi://pay?");
        assertThat(created.qrPngBase64()).isEqualTo("iVBORw0KGgo=");

        RecordedRequest login = server.takeRequest();
        assertThat(login.getTarget()).isEqualTo("/v1/users/login");
        assertThat(login.getHeaders().get("client")).isEqualTo("bridge");
        JsonNode credentials = body(login);
        assertThat(credentials.path("clientID").asString()).isEqualTo("sandbox-client");
        assertThat(credentials.path("secret").asString()).isEqualTo("sandbox-secret");
        assertThat(credentials.path("grant_type").asString()).isEqualTo("client_credentials");

        RecordedRequest create = server.takeRequest();
        assertThat(create.getTarget()).isEqualTo("/api/v1/merchants/dqr");
        assertThat(create.getHeaders().get("Authorization")).isEqualTo("Bearer t1");
        assertThat(create.getHeaders().get("merchantId")).isEqualTo(MERCHANT);
        JsonNode sent = body(create);
        assertThat(sent.path("amount").asLong()).isEqualTo(150_000);
        assertThat(sent.path("referenceId").asString()).isEqualTo("TP0123456789ABCD01");
        assertThat(sent.path("merchantVpa").asString()).isEqualTo("trustpay@sandbox");
        assertThat(sent.path("expiryDate").asString()).isEqualTo("2026-01-10T16:00:00+05:30");
        assertThat(sent.path("transactionNote").asString()).isEqualTo("Phone deal");
    }

    @Test
    void tokenIsReusedUntilItIsAbout240SecondsOldThenFetchedAgain() throws Exception {
        server.enqueue(token("t1"));
        server.enqueue(json(200, DQR));
        server.enqueue(json(200, DQR));
        server.enqueue(token("t2"));
        server.enqueue(json(200, DQR));

        client.expire(PaymentMode.INTENT, "01JDQR0000000000000000000A");
        clock.advance(Duration.ofSeconds(200));
        client.expire(PaymentMode.INTENT, "01JDQR0000000000000000000A");
        clock.advance(Duration.ofSeconds(45));
        client.expire(PaymentMode.INTENT, "01JDQR0000000000000000000A");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/users/login");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t1");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/users/login");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t2");
    }

    @Test
    void a401FetchesANewTokenAndRepeatsTheCallOnce() throws Exception {
        server.enqueue(token("old"));
        server.enqueue(json(401, "{\"code\": \"unauthorized\", \"detail\": \"expired token\", \"docUrl\": \"\"}"));
        server.enqueue(token("new"));
        server.enqueue(json(201, DQR));

        ProviderResult<CreatedRequest> result = client.request(intentSpec());

        assertThat(result).isInstanceOf(ProviderResult.Ok.class);
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer old");
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer new");
    }

    @Test
    void a4xxIsRejectedWithSetusReason() {
        server.enqueue(token("t1"));
        server.enqueue(json(400, "{\"code\": \"bad-request\", \"detail\": \"amount must be at least 100 paise\"}"));

        ProviderResult<CreatedRequest> result = client.request(intentSpec());

        assertThat(result).isInstanceOfSatisfying(ProviderResult.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("bad-request");
            assertThat(r.message()).isEqualTo("amount must be at least 100 paise");
        });
    }

    @Test
    void a5xxOnCreateIsUnknownAndNeverRepeated() {
        server.enqueue(token("t1"));
        server.enqueue(json(500, "{\"code\": \"internal-server-error\", \"detail\": \"boom\"}"));

        ProviderResult<CreatedRequest> result = client.request(intentSpec());

        assertThat(result).isInstanceOf(ProviderResult.Unknown.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aTimeoutIsUnknown() {
        server.enqueue(token("t1"));
        server.enqueue(
                json(201, DQR).newBuilder().headersDelay(2, TimeUnit.SECONDS).build());

        ProviderResult<CreatedRequest> result = client.request(intentSpec());

        assertThat(result).isInstanceOf(ProviderResult.Unknown.class);
        assertThat(result.call().httpStatus()).isZero();
    }

    @Test
    void readCombinesTheRequestStatusWithItsPaymentsAndRetriesAFailedGet() throws Exception {
        server.enqueue(token("t1"));
        server.enqueue(json(200, DQR));
        server.enqueue(json(503, "{\"code\": \"unavailable\", \"detail\": \"try later\"}"));
        server.enqueue(json(200, HISTORY));

        ProviderResult<RequestState> result = client.read(PaymentMode.INTENT, "01JDQR0000000000000000000A");

        RequestState state = ((ProviderResult.Ok<RequestState>) result).value();
        assertThat(state.status()).isEqualTo("active");
        assertThat(state.payments()).singleElement().satisfies(p -> {
            assertThat(p.failed()).isTrue();
            assertThat(p.referenceId()).isEqualTo("TP0123456789ABCD01");
            assertThat(p.reasonCode()).isEqualTo("U30");
            assertThat(p.txnId()).isEqualTo("SETmBZkQOV0M7wyyP1V4PIFhRSzW5eSjmYI");
        });
        server.takeRequest();
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/merchants/dqr/01JDQR0000000000000000000A");
    }

    @Test
    void collectIsSentWithThePayerVpaAndExpiryInMinutes() throws Exception {
        server.enqueue(token("t1"));
        server.enqueue(json(201, """
                {"id": "01JCOL0000000000000000000A", "merchantId": "01SANDBOXMERCHANT000000000", "amount": 150000,
                 "customerVpa": "ram@okhdfc", "merchantVpa": "trustpay@sandbox", "expireAfter": 30,
                 "referenceId": "TP0123456789ABCD01", "refId": "1240689979139556558", "status": "active"}
                """));

        ProviderResult<CreatedRequest> result = client.request(new PaymentRequestSpec(
                PaymentMode.COLLECT,
                "TP0123456789ABCD01",
                150_000,
                "ram@okhdfc",
                "Phone (deal)",
                clock.instant().plus(Duration.ofMinutes(30))));

        assertThat(result).isInstanceOf(ProviderResult.Ok.class);
        server.takeRequest();
        RecordedRequest create = server.takeRequest();
        assertThat(create.getTarget()).isEqualTo("/api/v1/merchants/collect");
        JsonNode sent = body(create);
        assertThat(sent.path("customerVpa").asString()).isEqualTo("ram@okhdfc");
        assertThat(sent.path("expireAfter").asInt()).isEqualTo(30);
        assertThat(sent.path("transactionNote").asString()).isEqualTo("Phone deal");
    }

    @Test
    void refundIsCreatedAgainstTheSetuPaymentIdAndRead() throws Exception {
        server.enqueue(token("t1"));
        server.enqueue(json(201, """
                {"id": "01JREF0000000000000000000A", "paymentId": "01JPAY0000000000000000000A", "amount": 50000,
                 "referenceId": "RF0123456789abcdef-1", "remarks": "Cancelled", "type": "online",
                 "status": "pending", "crn": "UPI123456789", "createdAt": "2024-05-17T19:17:32+05:30", "reason": {}}
                """));

        ProviderResult<ProviderRefund> result = client.refund(
                new RefundSpec("RF0123456789abcdef-1", "01JPAY0000000000000000000A", 50_000, "Cancelled"));

        ProviderRefund refund = ((ProviderResult.Ok<ProviderRefund>) result).value();
        assertThat(refund.status()).isEqualTo("pending");
        assertThat(refund.amountPaise()).isEqualTo(50_000);
        server.takeRequest();
        JsonNode sent = body(server.takeRequest());
        assertThat(sent.path("paymentId").asString()).isEqualTo("01JPAY0000000000000000000A");
        assertThat(sent.path("amount").asLong()).isEqualTo(50_000);
        assertThat(sent.path("referenceId").asString()).isEqualTo("RF0123456789abcdef-1");
    }

    private PaymentRequestSpec intentSpec() {
        return new PaymentRequestSpec(
                PaymentMode.INTENT,
                "TP0123456789ABCD01",
                150_000,
                "payer@okhdfc",
                "Phone deal",
                clock.instant().plus(Duration.ofMinutes(30)));
    }

    private static MockResponse token(String token) {
        return json(200, "{\"access_token\": \"" + token + "\", \"refresh_token\": \"\"}");
    }

    private static JsonNode body(RecordedRequest request) {
        return WireJson.mapper().readTree(request.getBody().utf8());
    }
}
