package com.trustpay.payment.provider.phonepe;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.payment.provider.domain.CallInfo;
import com.trustpay.payment.provider.domain.CreatedRequest;
import com.trustpay.payment.provider.domain.PaymentRequestSpec;
import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.RefundSpec;
import com.trustpay.payment.provider.domain.RequestState;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.payment.provider.http.ProviderHttp;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;

/**
 * PhonePe PG v2, custom checkout (PROVIDERS.md §2) behind the same port as Setu. PhonePe keys everything by the
 * merchant's own ids, so this adapter does too: an order is created, read and refunded by our reference (its
 * {@code merchantOrderId}), which is also the instance id and the payment id the rest of payment-service keeps; a
 * refund is read by our refund reference (its {@code merchantRefundId}). A create whose answer was lost can
 * therefore always be read back. Every call carries {@code Authorization: O-Bearer <token>}; a 401 replaces the
 * token and the call is made once more (the 401 means PhonePe did nothing).
 */
public final class PhonePeClient implements UpiCollections {

    static final String PROVIDER = "phonepe";
    private static final String PG = "/payments/v2";
    /** PhonePe's {@code expireAfter} range in seconds (§2.3). */
    private static final long MIN_EXPIRY = 300;

    private static final long MAX_EXPIRY = 5_184_000;

    private final ProviderHttp http;
    private final PhonePeProperties props;
    private final PhonePeTokens tokens;
    private final Clock clock;

    public PhonePeClient(PhonePeProperties props, Clock clock) {
        this(props, clock, ObservationRegistry.NOOP);
    }

    public PhonePeClient(PhonePeProperties props, Clock clock, ObservationRegistry observations) {
        this.http = new ProviderHttp(PROVIDER, props.http(), observations);
        this.props = props;
        this.tokens = new PhonePeTokens(http, props, clock);
        this.clock = clock;
    }

    /**
     * A UPI QR (INTENT: its {@code qrData} is the {@code upi://pay} link a phone opens as an intent too) or a UPI
     * collect to the payer's VPA.
     */
    @Override
    public ProviderResult<CreatedRequest> request(PaymentRequestSpec spec) {
        Map<String, Object> mode = new LinkedHashMap<>();
        Map<String, Object> flow = new LinkedHashMap<>();
        flow.put("type", "PG");
        if (spec.mode() == PaymentMode.COLLECT) {
            mode.put("type", "UPI_COLLECT");
            mode.put("details", Map.of("type", "VPA", "vpa", spec.payerVpa()));
            mode.put("message", spec.note() == null ? "" : spec.note());
        } else {
            mode.put("type", "UPI_QR");
        }
        flow.put("paymentMode", mode);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchantOrderId", spec.reference());
        body.put("amount", spec.amountPaise());
        body.put("expireAfter", expireAfterSeconds(spec));
        body.put("paymentFlow", flow);
        return call("POST " + PG + "/pay", PG + "/pay", "POST", ProviderHttp.json(body), tree -> created(tree, spec));
    }

    /** The order and its payment attempts ({@code details=true}); the order's state in Setu's words. */
    @Override
    public ProviderResult<RequestState> read(PaymentMode mode, String instanceId) {
        return order(instanceId, tree -> PhonePeOrders.state(tree, instanceId));
    }

    /** PhonePe PG v2 offers no call that withdraws an order; it stops accepting payment at its {@code expireAt}. */
    @Override
    public ProviderResult<String> expire(PaymentMode mode, String instanceId) {
        return new ProviderResult.Rejected<>(
                "unsupported",
                "PhonePe has no API to withdraw an order; it closes at its expireAt",
                new CallInfo(PROVIDER, "expire order", 0, 0));
    }

    /** The order's payment: the completed attempt if there is one, else the latest. */
    @Override
    public ProviderResult<ProviderPayment> readPayment(String paymentId) {
        ProviderResult<Optional<ProviderPayment>> order =
                order(paymentId, tree -> PhonePeOrders.payment(tree, paymentId));
        if (order instanceof ProviderResult.Ok<Optional<ProviderPayment>> ok) {
            Optional<ProviderPayment> payment = ok.value();
            if (payment.isEmpty()) {
                return new ProviderResult.Rejected<>(
                        "no-payment", "order " + paymentId + " has no payment attempt yet", ok.call());
            }
            return new ProviderResult.Ok<>(payment.get(), ok.call());
        }
        return order.map(tree -> null);
    }

    @Override
    public ProviderResult<ProviderRefund> refund(RefundSpec spec) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchantRefundId", spec.reference());
        body.put("originalMerchantOrderId", spec.paymentId());
        body.put("amount", spec.amountPaise());
        return call(
                "POST " + PG + "/refund",
                PG + "/refund",
                "POST",
                ProviderHttp.json(body),
                tree -> PhonePeOrders.refund(tree, spec.reference(), spec.paymentId()));
    }

    /** {@code refundId} is our refund reference (PhonePe's {@code merchantRefundId}). */
    @Override
    public ProviderResult<ProviderRefund> readRefund(String refundId) {
        String path = PG + "/refund/" + refundId + "/status";
        return call(
                "GET " + PG + "/refund/{id}/status",
                path,
                "GET",
                null,
                tree -> PhonePeOrders.refund(tree, refundId, null));
    }

    /** PhonePe cannot list an order's refunds; {@link #refundByReference} reads ours directly instead. */
    @Override
    public ProviderResult<List<ProviderRefund>> refundsOfPayment(String paymentTxnId) {
        return new ProviderResult.Rejected<>(
                "unsupported",
                "PhonePe has no API that lists an order's refunds; read a refund by its merchantRefundId",
                new CallInfo(PROVIDER, "list refunds", 0, 0));
    }

    /** Our refund read by our reference: a 404 means PhonePe has none with it. */
    @Override
    public ProviderResult<Optional<ProviderRefund>> refundByReference(String paymentTxnId, String reference) {
        ProviderResult<ProviderRefund> read = readRefund(reference);
        if (read instanceof ProviderResult.Rejected<ProviderRefund> r && r.notFound()) {
            return new ProviderResult.Ok<>(Optional.empty(), r.call());
        }
        return read.map(Optional::of);
    }

    /** Parsed inside the call, so that an answer we cannot read is an unknown outcome, never a thrown error. */
    private <T> ProviderResult<T> order(String merchantOrderId, Function<JsonNode, T> parse) {
        String path = PG + "/order/" + merchantOrderId + "/status?details=true&errorContext=true";
        return call("GET " + PG + "/order/{id}/status", path, "GET", null, parse);
    }

    private <T> ProviderResult<T> call(
            String operation, String path, String method, RequestBody body, Function<JsonNode, T> parse) {
        return http.callWithToken(operation, tokens, token -> request(path, method, body, token), parse);
    }

    private Request request(String path, String method, RequestBody body, String token) {
        Request.Builder builder = new Request.Builder()
                .url(props.baseUrl() + path)
                .header("Authorization", "O-Bearer " + token)
                .method(method, body);
        if (props.endMerchantId() != null && !props.endMerchantId().isBlank()) {
            builder.header("X-MERCHANT-ID", props.endMerchantId());
        }
        return builder.build();
    }

    private long expireAfterSeconds(PaymentRequestSpec spec) {
        long seconds = Duration.between(clock.instant(), spec.expiresAt()).toSeconds();
        return Math.max(MIN_EXPIRY, Math.min(MAX_EXPIRY, seconds));
    }

    private static CreatedRequest created(JsonNode tree, PaymentRequestSpec spec) {
        if (PhonePeOrders.text(tree, "orderId") == null) {
            throw new IllegalArgumentException("no orderId in the answer");
        }
        String link = PhonePeOrders.firstOf(
                PhonePeOrders.text(tree, "qrData"),
                PhonePeOrders.text(tree, "intentUrl"),
                PhonePeOrders.text(tree, "redirectUrl"));
        if (spec.mode() != PaymentMode.COLLECT && link == null) {
            throw new IllegalArgumentException("no qrData, intentUrl or redirectUrl in the answer");
        }
        return new CreatedRequest(
                spec.reference(),
                spec.mode() == PaymentMode.COLLECT ? null : link,
                null,
                null,
                PhonePeOrders.requestStatus(PhonePeOrders.text(tree, "state")));
    }
}
