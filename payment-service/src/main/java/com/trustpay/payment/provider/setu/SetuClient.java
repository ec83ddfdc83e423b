package com.trustpay.payment.provider.setu;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.payment.provider.domain.CallInfo;
import com.trustpay.payment.provider.domain.CreatedRequest;
import com.trustpay.payment.provider.domain.PaymentRequestSpec;
import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.RefundSpec;
import com.trustpay.payment.provider.domain.RequestState;
import com.trustpay.payment.provider.domain.SettledPayment;
import com.trustpay.payment.provider.domain.SettlementReports;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.payment.provider.http.Json;
import com.trustpay.payment.provider.http.ProviderHttp;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;

/**
 * Setu UPI (PROVIDERS.md §1): Dynamic QR (the default) and collect requests, payment reads, refunds. Every merchant
 * call carries the bearer token and the {@code merchantId} header; a 401 replaces the token and the call is made
 * once more (the 401 means Setu did nothing).
 */
public final class SetuClient implements UpiCollections, SettlementReports {

    private static final String MERCHANTS = "/api/v1/merchants";
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    /** Setu's two offset styles: {@code +05:30} and {@code +0530}. */
    private static final DateTimeFormatter SETU_TS = new java.time.format.DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX][X]")
            .toFormatter();

    private final ProviderHttp http;
    private final SetuProperties props;
    private final SetuTokens tokens;
    private final Clock clock;

    public SetuClient(SetuProperties props, Clock clock) {
        this(props, clock, ObservationRegistry.NOOP);
    }

    /** With every call observed: a client span sending {@code traceparent}, and a timer (ADR 0015). */
    public SetuClient(SetuProperties props, Clock clock, ObservationRegistry observations) {
        this.http = new ProviderHttp("setu", props.http(), observations);
        this.props = props;
        this.tokens = new SetuTokens(http, props, clock);
        this.clock = clock;
    }

    @Override
    public ProviderResult<CreatedRequest> request(PaymentRequestSpec spec) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", spec.amountPaise());
        body.put("merchantVpa", props.merchantVpa());
        body.put("referenceId", spec.reference());
        body.put("transactionNote", SetuNotes.clean(spec.note()));
        if (spec.mode() == PaymentMode.COLLECT) {
            body.put("customerVpa", spec.payerVpa());
            body.put("expireAfter", expireAfterMinutes(spec));
            return merchantCall("POST /collect", "/collect", "POST", ProviderHttp.json(body), SetuClient::created);
        }
        body.put("expiryDate", RFC3339.format(spec.expiresAt().atOffset(IST)));
        return merchantCall("POST /dqr", "/dqr", "POST", ProviderHttp.json(body), SetuClient::created);
    }

    @Override
    public ProviderResult<RequestState> read(PaymentMode mode, String instanceId) {
        String path = (mode == PaymentMode.COLLECT ? "/collect/" : "/dqr/") + instanceId;
        ProviderResult<String> status =
                merchantCall("GET " + path, path, "GET", null, tree -> Json.text(tree, "status"));
        if (!(status instanceof ProviderResult.Ok<String> ok)) {
            return status.map(s -> null);
        }
        String historyPath = "/payments/product-instances/" + instanceId + "/history";
        ProviderResult<List<com.trustpay.payment.provider.domain.ProviderPayment>> history =
                merchantCall("GET " + historyPath, historyPath, "GET", null, tree -> items(tree.path("payments"))
                        .map(SetuPayments::payment)
                        .toList());
        if (history instanceof ProviderResult.Rejected<?> r && r.notFound()) {
            return new ProviderResult.Ok<>(new RequestState(instanceId, ok.value(), List.of()), r.call());
        }
        return history.map(payments -> new RequestState(instanceId, ok.value(), payments));
    }

    @Override
    public ProviderResult<String> expire(PaymentMode mode, String instanceId) {
        if (mode == PaymentMode.COLLECT) {
            return new ProviderResult.Rejected<>(
                    "unsupported",
                    "Setu has no API to withdraw a collect request; it closes at its expiry",
                    new CallInfo("setu", "expire collect", 0, 0));
        }
        String path = "/dqr/" + instanceId + "/expire";
        return merchantCall(
                "PUT " + path, path, "PUT", RequestBody.create(new byte[0]), tree -> Json.text(tree, "status"));
    }

    @Override
    public ProviderResult<com.trustpay.payment.provider.domain.ProviderPayment> readPayment(String paymentId) {
        String path = "/payments/" + paymentId;
        return merchantCall("GET " + path, path, "GET", null, SetuPayments::payment);
    }

    @Override
    public ProviderResult<ProviderRefund> refund(RefundSpec spec) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paymentId", spec.paymentId());
        body.put("amount", spec.amountPaise());
        body.put("referenceId", spec.reference());
        body.put("remarks", spec.remarks());
        body.put("type", "online");
        return merchantCall("POST /refunds", "/refunds", "POST", ProviderHttp.json(body), SetuPayments::refund);
    }

    @Override
    public ProviderResult<ProviderRefund> readRefund(String refundId) {
        String path = "/refunds/" + refundId;
        return merchantCall("GET " + path, path, "GET", null, SetuPayments::refund);
    }

    @Override
    public ProviderResult<List<ProviderRefund>> refundsOfPayment(String paymentTxnId) {
        String path = "/refunds/" + paymentTxnId + "/payment";
        return merchantCall("GET " + path, path, "GET", null, tree -> items(tree.path("refunds"))
                .map(SetuPayments::refund)
                .toList());
    }

    /**
     * The acquirer's settlement report for one India date. Its shape is UNCONFIRMED at Setu (PROVIDERS.md shows
     * none); this reads the shape the sandbox README documents: {@code GET /settlements/report?date=yyyy-MM-dd}
     * answering {@code {date, entries: [{paymentId, productInstanceId, referenceId, txnId, rrn, amount, status,
     * txnTs}]}}.
     */
    @Override
    public ProviderResult<List<SettledPayment>> settlementReport(LocalDate day) {
        String path = "/settlements/report?date=" + day;
        return merchantCall("GET /settlements/report", path, "GET", null, tree -> {
            if (!tree.path("entries").isArray()) {
                throw new IllegalArgumentException("no entries in the answer");
            }
            return items(tree.path("entries")).map(SetuClient::settled).toList();
        });
    }

    private static SettledPayment settled(JsonNode e) {
        String paymentId = Json.text(e, "paymentId");
        String ts = Json.text(e, "txnTs");
        if (paymentId == null || ts == null) {
            throw new IllegalArgumentException("a settlement entry without paymentId or txnTs");
        }
        return new SettledPayment(
                paymentId,
                Json.text(e, "productInstanceId"),
                Json.text(e, "referenceId"),
                Json.text(e, "txnId"),
                Json.text(e, "rrn"),
                Json.number(e, "amount"),
                Json.text(e, "status"),
                OffsetDateTime.parse(ts, SETU_TS).toInstant());
    }

    private <T> ProviderResult<T> merchantCall(
            String operation, String path, String method, RequestBody body, Function<JsonNode, T> parse) {
        return http.callWithToken(operation, tokens, token -> request(path, method, body, token), parse);
    }

    private Request request(String path, String method, RequestBody body, String token) {
        return new Request.Builder()
                .url(props.baseUrl() + MERCHANTS + path)
                .header("Authorization", "Bearer " + token)
                .header("merchantId", props.merchantId())
                .method(method, body)
                .build();
    }

    private long expireAfterMinutes(PaymentRequestSpec spec) {
        long minutes = (long)
                Math.ceil(Duration.between(clock.instant(), spec.expiresAt()).toSeconds() / 60.0);
        return Math.max(1, Math.min(64_800, minutes));
    }

    private static CreatedRequest created(JsonNode tree) {
        String id = Json.text(tree, "id");
        if (id == null) {
            throw new IllegalArgumentException("no id in the answer");
        }
        return new CreatedRequest(
                id,
                Json.text(tree, "intentLink"),
                Json.text(tree, "shortLink"),
                Json.text(tree, "qrCode"),
                Json.text(tree, "status"));
    }

    private static java.util.stream.Stream<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
