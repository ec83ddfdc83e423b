package com.trustpay.payment.provider.phonepe;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.WireJson;
import com.trustpay.payment.provider.domain.CreatedRequest;
import com.trustpay.payment.provider.domain.PaymentRequestSpec;
import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.RefundSpec;
import com.trustpay.payment.provider.domain.RequestState;
import com.trustpay.payment.support.MutableClock;
import com.trustpay.payment.support.ProviderClientTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The PhonePe PG v2 client against a local mock server answering with PROVIDERS.md §2 payload shapes. */
class PhonePeClientTest extends ProviderClientTest {

    private static final String REFERENCE = "TP0123456789ABCD01";
    /** Token issued at 10:00:00Z, expiring one hour later (epoch seconds, §2.2). */
    private static final long ISSUED = Instant.parse("2026-01-10T10:00:00Z").getEpochSecond();

    private static final String CREATED = """
            {"orderId": "OMO2601101000000001", "state": "PENDING", "expireAt": 1768040400000,
             "qrData": "upi://pay?pa=TRUSTPAY@ybl&pn=TrustPay&am=1500.00&tr=OMO2601101000000001&cu=INR"}
            """;
    /** §2.4's sample, for a completed order with one UPI attempt. */
    private static final String COMPLETED = """
            {"orderId": "OMO2601101000000001", "state": "COMPLETED", "amount": 150000, "expireAt": 1768040400000,
             "metaInfo": {"udf1": "x"},
             "paymentDetails": [{"transactionId": "OM2601101000000001", "paymentMode": "UPI_QR",
               "timestamp": 1768039500000, "amount": 150000, "payableAmount": 150000, "feeAmount": 0,
               "state": "COMPLETED",
               "splitInstruments": [{"amount": 150000,
                 "instrument": {"type": "ACCOUNT", "maskedAccountNumber": "XXXX2000", "accountType": "SAVINGS"},
                 "rail": {"type": "UPI", "utr": "416400000001", "upiTransactionId": "YBL0000000000000001",
                          "vpa": "12****78@ybl"}}]}]}
            """;

    private static final String FAILED = """
            {"orderId": "OMO2601101000000001", "state": "FAILED", "amount": 150000, "expireAt": 1768040400000,
             "errorCode": "AUTHORIZATION_ERROR", "detailedErrorCode": "ZM",
             "paymentDetails": [{"transactionId": "OM2601101000000001", "paymentMode": "UPI_COLLECT",
               "timestamp": 1768039500000, "amount": 150000, "state": "FAILED",
               "errorCode": "AUTHORIZATION_ERROR", "detailedErrorCode": "ZM"}]}
            """;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T10:00:00Z"));
    private PhonePeClient client;

    @BeforeEach
    void start() throws Exception {
        String url = baseUrl();
        client = new PhonePeClient(
                new PhonePeProperties(
                        url + "/pg",
                        url + "/identity",
                        "TEST-M22",
                        "test-secret",
                        "1",
                        null,
                        Duration.ofMinutes(5),
                        quickHttp(1)),
                clock);
    }

    @Test
    void aQrOrderIsCreatedWithAFormTokenAndOurReferenceAsMerchantOrderId() throws Exception {
        server.enqueue(token("t1", ISSUED + 3600));
        server.enqueue(json(200, CREATED));

        ProviderResult<CreatedRequest> result = client.request(spec(PaymentMode.INTENT, Duration.ofMinutes(30)));

        RecordedRequest login = server.takeRequest();
        assertThat(login.getTarget()).isEqualTo("/identity/v1/oauth/token");
        assertThat(login.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(login.getBody().utf8())
                .isEqualTo("client_id=TEST-M22&client_version=1&client_secret=test-secret"
                        + "&grant_type=client_credentials");
        RecordedRequest create = server.takeRequest();
        assertThat(create.getTarget()).isEqualTo("/pg/payments/v2/pay");
        assertThat(create.getHeaders().get("Authorization")).isEqualTo("O-Bearer t1");
        assertThat(create.getHeaders().get("X-MERCHANT-ID")).isNull();
        JsonNode sent = body(create);
        assertThat(sent.path("merchantOrderId").asString()).isEqualTo(REFERENCE);
        assertThat(sent.path("amount").asLong()).isEqualTo(150_000);
        assertThat(sent.path("expireAfter").asLong()).isEqualTo(1_800);
        assertThat(sent.at("/paymentFlow/type").asString()).isEqualTo("PG");
        assertThat(sent.at("/paymentFlow/paymentMode/type").asString()).isEqualTo("UPI_QR");

        CreatedRequest created = ((ProviderResult.Ok<CreatedRequest>) result).value();
        assertThat(created.instanceId()).isEqualTo(REFERENCE);
        assertThat(created.intentLink()).startsWith("upi://pay?pa=TRUSTPAY@ybl");
        assertThat(created.status()).isEqualTo("active");
    }

    @Test
    void aCollectCarriesThePayersVpaAndTheExpiryIsKeptWithinPhonePesRange() throws Exception {
        server.enqueue(token("t1", ISSUED + 3600));
        server.enqueue(json(200, "{\"orderId\": \"OMO1\", \"state\": \"PENDING\", \"expireAt\": 1768039800000}"));

        ProviderResult<CreatedRequest> result = client.request(spec(PaymentMode.COLLECT, Duration.ofMinutes(2)));

        server.takeRequest();
        JsonNode sent = body(server.takeRequest());
        assertThat(sent.at("/paymentFlow/paymentMode/type").asString()).isEqualTo("UPI_COLLECT");
        assertThat(sent.at("/paymentFlow/paymentMode/details/vpa").asString()).isEqualTo("payer@ybl");
        assertThat(sent.at("/paymentFlow/paymentMode/message").asString()).isEqualTo("Escrow QPYFCV");
        assertThat(sent.path("expireAfter").asLong())
                .as("PhonePe's minimum is 300 s")
                .isEqualTo(300);
        assertThat(((ProviderResult.Ok<CreatedRequest>) result).value().intentLink())
                .isNull();
    }

    @Test
    void theTokenIsCachedUntilShortlyBeforeItsExpiryThenFetchedAgain() throws Exception {
        server.enqueue(token("t1", ISSUED + 600));
        server.enqueue(json(200, COMPLETED));
        server.enqueue(json(200, COMPLETED));
        server.enqueue(token("t2", ISSUED + 1200));
        server.enqueue(json(200, COMPLETED));

        client.read(PaymentMode.INTENT, REFERENCE);
        clock.advance(Duration.ofSeconds(299)); // 5 min 1 s before expires_at: still good
        client.read(PaymentMode.INTENT, REFERENCE);
        clock.advance(Duration.ofSeconds(2)); // within refreshBefore (5 min) of expires_at
        client.read(PaymentMode.INTENT, REFERENCE);

        assertThat(server.takeRequest().getTarget()).isEqualTo("/identity/v1/oauth/token");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("O-Bearer t1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("O-Bearer t1");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/identity/v1/oauth/token");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("O-Bearer t2");
    }

    @Test
    void a401ReplacesTheTokenAndTheCallIsMadeOnceMore() throws Exception {
        server.enqueue(token("old", ISSUED + 3600));
        server.enqueue(json(401, "{\"code\": \"UNAUTHORIZED\", \"message\": \"token expired\"}"));
        server.enqueue(token("new", ISSUED + 3600));
        server.enqueue(json(200, CREATED));

        ProviderResult<CreatedRequest> result = client.request(spec(PaymentMode.INTENT, Duration.ofMinutes(30)));

        assertThat(result).isInstanceOf(ProviderResult.Ok.class);
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("O-Bearer old");
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("O-Bearer new");
    }

    @Test
    void aServerErrorOrATimeoutOnCreateIsUnknownNeverFailed() {
        server.enqueue(token("t1", ISSUED + 3600));
        server.enqueue(json(500, "{\"code\": \"INTERNAL_SERVER_ERROR\", \"message\": \"boom\"}"));
        server.enqueue(json(200, CREATED)
                .newBuilder()
                .headersDelay(2, TimeUnit.SECONDS)
                .build());

        ProviderResult<CreatedRequest> error = client.request(spec(PaymentMode.INTENT, Duration.ofMinutes(30)));
        ProviderResult<CreatedRequest> timeout = client.request(spec(PaymentMode.INTENT, Duration.ofMinutes(30)));

        assertThat(error).isInstanceOf(ProviderResult.Unknown.class);
        assertThat(timeout).isInstanceOf(ProviderResult.Unknown.class);
        assertThat(timeout.call().httpStatus()).isZero();
        assertThat(server.getRequestCount())
                .as("a POST is never re-sent behind our back")
                .isEqualTo(3);
    }

    @Test
    void aBadRequestIsRejectedWithPhonePesCode() {
        server.enqueue(token("t1", ISSUED + 3600));
        server.enqueue(json(400, "{\"code\": \"BAD_REQUEST\", \"message\": \"amount must be at least 100\"}"));

        ProviderResult<CreatedRequest> result = client.request(spec(PaymentMode.INTENT, Duration.ofMinutes(30)));

        assertThat(result).isInstanceOfSatisfying(ProviderResult.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("BAD_REQUEST");
            assertThat(r.message()).isEqualTo("amount must be at least 100");
        });
    }

    @Test
    void aCompletedOrderIsAPaidRequestWithTheUtrAsRrn() throws Exception {
        server.enqueue(token("t1", ISSUED + 3600));
        server.enqueue(json(200, COMPLETED));

        ProviderResult<RequestState> result = client.read(PaymentMode.INTENT, REFERENCE);

        server.takeRequest();
        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/pg/payments/v2/order/" + REFERENCE + "/status?details=true&errorContext=true");
        RequestState state = ((ProviderResult.Ok<RequestState>) result).value();
        assertThat(state.instanceId()).isEqualTo(REFERENCE);
        assertThat(state.status()).isEqualTo("paid");
        ProviderPayment payment = state.payments().getFirst();
        assertThat(payment.succeeded()).isTrue();
        assertThat(payment.id())
                .as("the order is the payment, keyed by our reference")
                .isEqualTo(REFERENCE);
        assertThat(payment.referenceId()).isEqualTo(REFERENCE);
        assertThat(payment.amountPaise()).isEqualTo(150_000);
        assertThat(payment.rrn()).isEqualTo("416400000001");
        assertThat(payment.txnId()).isEqualTo("YBL0000000000000001");
        assertThat(payment.customerVpa()).isEqualTo("12****78@ybl");
        assertThat(payment.reasonCode()).isNull();
    }

    @Test
    void aFailedOrderIsClosedWithTheDetailedErrorCodeAsReason() {
        server.enqueue(token("t1", ISSUED + 3600));
        server.enqueue(json(200, FAILED));

        RequestState state = ((ProviderResult.Ok<RequestState>) client.read(PaymentMode.COLLECT, REFERENCE)).value();

        assertThat(state.closed()).isTrue();
        ProviderPayment payment = state.payments().getFirst();
        assertThat(payment.failed()).isTrue();
        assertThat(payment.reasonCode()).isEqualTo("ZM");
        assertThat(payment.reason()).isEqualTo("AUTHORIZATION_ERROR");
    }

    @Test
    void anExpiredOrderIsClosedAndAPendingOneActiveWithoutPayments() {
        server.enqueue(token("t1", ISSUED + 3600));
        server.enqueue(json(200, "{\"orderId\": \"OMO1\", \"state\": \"EXPIRED\", \"amount\": 150000}"));
        server.enqueue(json(
                200,
                "{\"orderId\": \"OMO1\", \"state\": \"PENDING\", \"amount\": 150000," + " \"paymentDetails\": []}"));

        RequestState expired = ((ProviderResult.Ok<RequestState>) client.read(PaymentMode.INTENT, REFERENCE)).value();
        RequestState pending = ((ProviderResult.Ok<RequestState>) client.read(PaymentMode.INTENT, REFERENCE)).value();

        assertThat(expired.closed()).isTrue();
        assertThat(pending.status()).isEqualTo("active");
        assertThat(pending.payments()).isEmpty();
    }

    @Test
    void anAnswerInAStateWeDoNotKnowIsUnknownNotGuessed() {
        server.enqueue(token("t1", ISSUED + 3600));
        server.enqueue(json(200, "{\"orderId\": \"OMO1\", \"state\": \"ON_HOLD\", \"amount\": 150000}"));
        server.enqueue(json(200, "{\"orderId\": \"OMO1\", \"state\": \"ON_HOLD\", \"amount\": 150000}"));

        assertThat(client.read(PaymentMode.INTENT, REFERENCE)).isInstanceOf(ProviderResult.Unknown.class);
    }

    @Test
    void readPaymentGivesTheCompletedAttemptOfTheOrder() {
        server.enqueue(token("t1", ISSUED + 3600));
        server.enqueue(json(200, COMPLETED));
        server.enqueue(json(200, "{\"orderId\": \"OMO1\", \"state\": \"PENDING\", \"amount\": 150000}"));

        ProviderResult<ProviderPayment> paid = client.readPayment(REFERENCE);
        ProviderResult<ProviderPayment> none = client.readPayment(REFERENCE);

        assertThat(((ProviderResult.Ok<ProviderPayment>) paid).value().succeeded())
                .isTrue();
        assertThat(none).isInstanceOfSatisfying(ProviderResult.Rejected.class, r -> assertThat(r.code())
                .isEqualTo("no-payment"));
    }

    @Test
    void aRefundNamesTheOriginalOrderAndIsReadByOurRefundReference() throws Exception {
        server.enqueue(token("t1", ISSUED + 3600));
        server.enqueue(json(200, "{\"refundId\": \"OMR2601101000000001\", \"amount\": 50000, \"state\": \"PENDING\"}"));
        server.enqueue(json(200, """
                {"originalMerchantOrderId": "TP0123456789ABCD01", "amount": 50000, "state": "COMPLETED",
                 "timestamp": 1768039600000, "refundId": "OMR2601101000000001",
                 "merchantRefundId": "RF0123456789ABCDEF-1"}
                """));

        ProviderResult<ProviderRefund> sent =
                client.refund(new RefundSpec("RF0123456789ABCDEF-1", REFERENCE, 50_000, "cancelled"));
        ProviderResult<ProviderRefund> read = client.readRefund("RF0123456789ABCDEF-1");

        server.takeRequest();
        RecordedRequest refund = server.takeRequest();
        assertThat(refund.getTarget()).isEqualTo("/pg/payments/v2/refund");
        JsonNode body = body(refund);
        assertThat(body.path("merchantRefundId").asString()).isEqualTo("RF0123456789ABCDEF-1");
        assertThat(body.path("originalMerchantOrderId").asString()).isEqualTo(REFERENCE);
        assertThat(body.path("amount").asLong()).isEqualTo(50_000);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/pg/payments/v2/refund/RF0123456789ABCDEF-1/status");

        ProviderRefund pending = ((ProviderResult.Ok<ProviderRefund>) sent).value();
        assertThat(pending.status()).isEqualTo("pending");
        assertThat(pending.id()).isEqualTo("RF0123456789ABCDEF-1");
        assertThat(pending.paymentId()).isEqualTo(REFERENCE);
        assertThat(((ProviderResult.Ok<ProviderRefund>) read).value().succeeded())
                .isTrue();
    }

    @Test
    void aConfirmedRefundIsStillPendingAndAFailedOneCarriesItsCode() {
        server.enqueue(token("t1", ISSUED + 3600));
        server.enqueue(json(200, "{\"amount\": 50000, \"state\": \"CONFIRMED\"}"));
        server.enqueue(json(
                200,
                "{\"amount\": 50000, \"state\": \"FAILED\", \"errorCode\": \"REFUND_FAILED\","
                        + " \"detailedErrorCode\": \"RF01\"}"));

        ProviderRefund confirmed = ((ProviderResult.Ok<ProviderRefund>) client.readRefund("R-1")).value();
        ProviderRefund failed = ((ProviderResult.Ok<ProviderRefund>) client.readRefund("R-1")).value();

        assertThat(confirmed.status()).isEqualTo("pending");
        assertThat(failed.failed()).isTrue();
        assertThat(failed.reasonCode()).isEqualTo("RF01");
    }

    @Test
    void aRefundNotFoundByOurReferenceIsAbsentSoItMaySafelyBeSentAgain() {
        server.enqueue(token("t1", ISSUED + 3600));
        server.enqueue(json(404, "{\"code\": \"NOT_FOUND\", \"message\": \"no such refund\"}"));
        server.enqueue(json(503, "{\"code\": \"UNAVAILABLE\"}"));
        server.enqueue(json(503, "{\"code\": \"UNAVAILABLE\"}"));

        ProviderResult<Optional<ProviderRefund>> absent = client.refundByReference(null, "R-1");
        ProviderResult<Optional<ProviderRefund>> unknown = client.refundByReference(null, "R-1");

        assertThat(((ProviderResult.Ok<Optional<ProviderRefund>>) absent).value())
                .isEmpty();
        assertThat(unknown).as("a 503 proves nothing").isInstanceOf(ProviderResult.Unknown.class);
    }

    @Test
    void anOrderCannotBeWithdrawnAndRefundsCannotBeListed() {
        assertThat(client.expire(PaymentMode.INTENT, REFERENCE)).isInstanceOf(ProviderResult.Rejected.class);
        assertThat(client.refundsOfPayment("YBL1")).isInstanceOf(ProviderResult.Rejected.class);
        assertThat(server.getRequestCount()).isZero();
    }

    private PaymentRequestSpec spec(PaymentMode mode, Duration expiresIn) {
        return new PaymentRequestSpec(
                mode,
                REFERENCE,
                150_000,
                "payer@ybl",
                "Escrow QPYFCV",
                clock.instant().plus(expiresIn));
    }

    private static MockResponse token(String token, long expiresAt) {
        return json(200, """
                {"access_token": "%s", "encrypted_access_token": "%s", "expires_in": null,
                 "issued_at": %d, "expires_at": %d, "session_expires_at": %d, "token_type": "O-Bearer"}
                """.formatted(token, token, ISSUED, expiresAt, expiresAt));
    }

    private static JsonNode body(RecordedRequest request) {
        return WireJson.mapper().readTree(request.getBody().utf8());
    }
}
