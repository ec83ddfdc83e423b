package com.trustpay.sandbox.phonepe;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.common.Resettable;
import com.trustpay.sandbox.phonepe.CreatePaymentRequest.PaymentFlow;
import com.trustpay.sandbox.phonepe.CreatePaymentRequest.PaymentMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * Orders and refunds of the PhonePe stand-in, the simulated UPI payer and expiry. Delays run on the virtual clock;
 * {@code expireAt} is the wall-clock instant at which the virtual expiry fires, so a client that polls until
 * {@code expireAt} sees the order end EXPIRED at that instant, whatever the speed.
 */
class PhonePeService implements Resettable {

    private static final Pattern MERCHANT_ID = Pattern.compile("^[A-Za-z0-9_-]{1,63}$");
    private static final Pattern VPA = Pattern.compile("^[A-Za-z0-9._-]{2,256}@[A-Za-z0-9.-]{2,64}$");
    private static final Pattern PHONE = Pattern.compile("^[6-9][0-9]{9}$");
    private static final Pattern UDF = Pattern.compile("^udf([1-9]|1[0-5])$");
    private static final Set<String> CUSTOM_MODES = Set.of("UPI_INTENT", "UPI_QR", "UPI_COLLECT");
    private static final long MIN_EXPIRE = 300;
    private static final long MAX_EXPIRE = 5_184_000;

    private final PhonePeProperties props;
    private final PhonePeSettings.Live settings;
    private final VirtualClock clock;
    private final PhonePeNotifier notifier;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Map<String, Refund> refunds = new ConcurrentHashMap<>();

    PhonePeService(
            PhonePeProperties props, PhonePeSettings.Live settings, VirtualClock clock, PhonePeNotifier notifier) {
        this.props = props;
        this.settings = settings;
        this.clock = clock;
        this.notifier = notifier;
    }

    /** Creates an order; the answer is PhonePe's create response for the flow and mode. */
    Map<String, Object> create(Order.Flow flow, CreatePaymentRequest r) {
        if (r.merchantOrderId() == null
                || !MERCHANT_ID.matcher(r.merchantOrderId()).matches()) {
            throw PhonePeException.badRequest("merchantOrderId must be 1-63 letters, digits, '_' or '-'");
        }
        if (r.amount() == null || r.amount() < 100) {
            throw PhonePeException.badRequest("amount must be an integer number of paise, at least 100");
        }
        if (r.expireAfter() != null && (r.expireAfter() < MIN_EXPIRE || r.expireAfter() > MAX_EXPIRE)) {
            throw PhonePeException.badRequest("expireAfter must be 300-5184000 seconds");
        }
        Map<String, String> meta = metaInfo(r.metaInfo());
        PaymentFlow pf = r.paymentFlow();
        if (pf == null) {
            throw PhonePeException.badRequest("paymentFlow is required");
        }
        String mode;
        String payerVpa = null;
        if (flow == Order.Flow.CHECKOUT) {
            if (!"PG_CHECKOUT".equals(pf.type())) {
                throw PhonePeException.badRequest("paymentFlow.type must be PG_CHECKOUT");
            }
            mode = "PG_CHECKOUT";
        } else {
            if (!"PG".equals(pf.type())) {
                throw PhonePeException.badRequest("paymentFlow.type must be PG");
            }
            PaymentMode pm = pf.paymentMode();
            if (pm == null || pm.type() == null) {
                throw PhonePeException.badRequest("paymentFlow.paymentMode.type is required");
            }
            if (!CUSTOM_MODES.contains(pm.type())) {
                throw PhonePeException.badRequest("paymentFlow.paymentMode.type " + pm.type()
                        + " is not simulated (UPI_INTENT, UPI_QR, UPI_COLLECT)");
            }
            mode = pm.type();
            if ("UPI_COLLECT".equals(mode)) {
                payerVpa = collectPayer(pm);
            }
        }
        long expireAfter = r.expireAfter() != null ? r.expireAfter() : defaultExpiry(mode);
        long now = clock.now().toEpochMilli();
        long expireAt = now + clock.toReal(Duration.ofSeconds(expireAfter)).toMillis();
        Order order = new Order(r.merchantOrderId(), flow, mode, r.amount(), now, expireAt, meta, payerVpa);
        if (orders.putIfAbsent(order.merchantOrderId, order) != null) {
            throw new PhonePeException(
                    HttpStatus.CONFLICT,
                    "DUPLICATE_MERCHANT_ORDER_ID",
                    "merchantOrderId " + r.merchantOrderId() + " already exists");
        }
        clock.schedule(Duration.ofSeconds(expireAfter), () -> expire(order));
        if (payerVpa != null) {
            startCollect(order, payerVpa);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("orderId", order.orderId);
        answer.put("state", order.state());
        answer.put("expireAt", expireAt);
        switch (mode) {
            case "PG_CHECKOUT" -> answer.put("redirectUrl", props.hostedPageBase() + order.orderId);
            case "UPI_INTENT" -> answer.put("intentUrl", intentLink(order));
            case "UPI_QR" -> answer.put("qrData", intentLink(order));
            default -> {}
        }
        return answer;
    }

    Map<String, Object> status(String merchantOrderId, boolean details, boolean errorContext) {
        return order(merchantOrderId).view(details, errorContext);
    }

    /** Expires a PENDING order whose {@code expireAt} has passed, should its timer not have fired yet. */
    private Order due(Order order) {
        if (clock.now().toEpochMilli() >= order.expireAt) {
            expire(order);
        }
        return order;
    }

    Optional<Order> byOrderId(String orderId) {
        return orders.values().stream().filter(o -> o.orderId.equals(orderId)).findFirst();
    }

    /** The payer acts on an order (mock); answers the order's status with every attempt. */
    Map<String, Object> pay(MockPayRequest r) {
        Order order = r.merchantOrderId() == null && r.orderId() != null
                ? due(byOrderId(r.orderId())
                        .orElseThrow(() -> new PhonePeException(
                                HttpStatus.NOT_FOUND, "ORDER_NOT_FOUND", "no order " + r.orderId())))
                : order(r.merchantOrderId());
        String vpa = r.payerVpa() != null ? r.payerVpa() : order.payerVpa != null ? order.payerVpa : "success@ybl";
        if (!VPA.matcher(vpa).matches()) {
            throw PhonePeException.badRequest("payerVpa is not a VPA");
        }
        String outcome = r.state() != null ? r.state().toUpperCase(Locale.ROOT) : Payer.of(vpa).state;
        if (!Set.of("COMPLETED", "FAILED", "PENDING").contains(outcome)) {
            throw PhonePeException.badRequest("state must be COMPLETED, FAILED or PENDING");
        }
        String mode = r.paymentMode() != null
                ? r.paymentMode()
                : "PG_CHECKOUT".equals(order.paymentMode) ? "UPI_INTENT" : order.paymentMode;
        Attempt attempt = order.pendingAttempt()
                .or(() -> order.openAttempt(mode, clock.now().toEpochMilli(), vpa))
                .orElseThrow(() -> new PhonePeException(
                        HttpStatus.BAD_REQUEST,
                        "ORDER_NOT_PENDING",
                        "order " + order.merchantOrderId + " is " + order.state()));
        switch (outcome) {
            case "COMPLETED" -> complete(order, attempt);
            case "FAILED" ->
                fail(
                        order,
                        attempt,
                        r.errorCode() != null ? r.errorCode() : "AUTHORIZATION_ERROR",
                        r.detailedErrorCode() != null ? r.detailedErrorCode() : "ZM",
                        r.keepOrderPending());
            default -> {}
        }
        return order.view(true, true);
    }

    Map<String, Object> refund(CreateRefundRequest r) {
        if (r.merchantRefundId() == null
                || !MERCHANT_ID.matcher(r.merchantRefundId()).matches()) {
            throw PhonePeException.badRequest("merchantRefundId must be 1-63 letters, digits, '_' or '-'");
        }
        if (r.originalMerchantOrderId() == null) {
            throw PhonePeException.badRequest("originalMerchantOrderId is required");
        }
        if (r.amount() == null || r.amount() < 100) {
            throw PhonePeException.badRequest("amount must be an integer number of paise, at least 100");
        }
        Order order = order(r.originalMerchantOrderId());
        if (refunds.containsKey(r.merchantRefundId())) {
            throw duplicateRefund(r.merchantRefundId());
        }
        order.reserveRefund(r.amount());
        Refund refund =
                new Refund(r.merchantRefundId(), order, r.amount(), clock.now().toEpochMilli());
        if (refunds.putIfAbsent(refund.merchantRefundId, refund) != null) {
            order.releaseRefund(r.amount());
            throw duplicateRefund(r.merchantRefundId());
        }
        notifier.refund("accepted", refund);
        Duration auto = settings.get().refundAutoResolve();
        if (auto != null && auto.isPositive()) {
            clock.schedule(auto, () -> settleRefund(refund, "COMPLETED", null, null));
        }
        return refund.created();
    }

    Map<String, Object> refundStatus(String merchantRefundId) {
        return refund(merchantRefundId).view(props.merchantId());
    }

    /** Admin: settles a PENDING refund as COMPLETED or FAILED. */
    Map<String, Object> settleRefund(String merchantRefundId, String state, String code, String detailed) {
        Refund refund = refund(merchantRefundId);
        String next = state == null ? "" : state.toUpperCase(Locale.ROOT);
        if (!next.equals("COMPLETED") && !next.equals("FAILED")) {
            throw PhonePeException.badRequest("state must be COMPLETED or FAILED");
        }
        if (!settleRefund(refund, next, code, detailed)) {
            throw new PhonePeException(
                    HttpStatus.BAD_REQUEST,
                    "REFUND_NOT_PENDING",
                    "refund " + merchantRefundId + " is " + refund.state());
        }
        return refund.view(props.merchantId());
    }

    Collection<Order> orders() {
        return orders.values();
    }

    Collection<Refund> refunds() {
        return refunds.values();
    }

    String merchantId() {
        return props.merchantId();
    }

    @Override
    public void reset() {
        orders.clear();
        refunds.clear();
    }

    private boolean settleRefund(Refund refund, String next, String code, String detailed) {
        boolean failed = "FAILED".equals(next);
        if (!refund.settle(
                next,
                failed && code == null ? "REFUND_FAILED" : code,
                failed && detailed == null ? "RF01" : detailed)) {
            return false;
        }
        if (failed) {
            refund.order.releaseRefund(refund.amount);
        }
        notifier.refund(failed ? "failed" : "completed", refund);
        return true;
    }

    private void startCollect(Order order, String vpa) {
        Attempt attempt = order.openAttempt("UPI_COLLECT", clock.now().toEpochMilli(), vpa)
                .orElseThrow();
        Payer payer = Payer.of(vpa);
        if (payer == Payer.PENDING) {
            return;
        }
        clock.schedule(settings.get().payerDelay(), () -> {
            if (payer == Payer.FAILED) {
                fail(order, attempt, "AUTHORIZATION_ERROR", "ZM", false);
            } else {
                complete(order, attempt);
            }
        });
    }

    private void complete(Order order, Attempt attempt) {
        if (order.complete(attempt)) {
            notifier.orderSettled(order);
        }
    }

    private void fail(Order order, Attempt attempt, String code, String detailed, boolean orderStaysPending) {
        if (order.fail(attempt, code, detailed, orderStaysPending)) {
            if (orderStaysPending) {
                notifier.transactionFailed(order);
            } else {
                notifier.orderSettled(order);
            }
        }
    }

    private void expire(Order order) {
        if (order.expire()) {
            notifier.orderSettled(order);
        }
    }

    /** The order, expired first if its {@code expireAt} has passed; 404 if there is none. */
    private Order order(String merchantOrderId) {
        Order order = merchantOrderId == null ? null : orders.get(merchantOrderId);
        if (order == null) {
            throw new PhonePeException(HttpStatus.NOT_FOUND, "ORDER_NOT_FOUND", "no order " + merchantOrderId);
        }
        return due(order);
    }

    private Refund refund(String merchantRefundId) {
        Refund refund = refunds.get(merchantRefundId);
        if (refund == null) {
            throw new PhonePeException(HttpStatus.NOT_FOUND, "REFUND_NOT_FOUND", "no refund " + merchantRefundId);
        }
        return refund;
    }

    private static PhonePeException duplicateRefund(String id) {
        return new PhonePeException(
                HttpStatus.CONFLICT, "DUPLICATE_MERCHANT_REFUND_ID", "merchantRefundId " + id + " already exists");
    }

    private static Map<String, String> metaInfo(Map<String, String> meta) {
        if (meta == null) {
            return Map.of();
        }
        for (Map.Entry<String, String> e : meta.entrySet()) {
            if (!UDF.matcher(e.getKey()).matches()) {
                throw PhonePeException.badRequest("metaInfo keys are udf1..udf15, not " + e.getKey());
            }
            if (e.getValue() != null && e.getValue().length() > 256) {
                throw PhonePeException.badRequest("metaInfo." + e.getKey() + " is longer than 256 characters");
            }
        }
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(meta));
    }

    private static String collectPayer(PaymentMode pm) {
        String vpa = pm.details() != null ? pm.details().vpa() : pm.vpa();
        String phone = pm.details() != null ? pm.details().phoneNumber() : null;
        if (vpa != null) {
            if (!VPA.matcher(vpa).matches()) {
                throw PhonePeException.badRequest("paymentMode.details.vpa is not a valid VPA");
            }
            return vpa;
        }
        if (phone != null) {
            if (!PHONE.matcher(phone).matches()) {
                throw PhonePeException.badRequest("paymentMode.details.phoneNumber must be 10 digits");
            }
            return phone + "@ybl";
        }
        throw PhonePeException.badRequest("UPI_COLLECT needs paymentMode.details with a vpa or phoneNumber");
    }

    private static long defaultExpiry(String mode) {
        return switch (mode) {
            case "UPI_INTENT" -> 600;
            case "UPI_QR", "UPI_COLLECT" -> 480;
            default -> 1200;
        };
    }

    private String intentLink(Order order) {
        return "upi://pay?pa=" + encode(props.merchantVpa()) + "&pn=" + encode(props.merchantName()) + "&am="
                + "%d.%02d".formatted(order.amount / 100, order.amount % 100) + "&tr=" + order.orderId + "&tn="
                + encode("Payment for " + order.merchantOrderId) + "&cu=INR";
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%40", "@");
    }

    /** What the simulated payer does, by the local part of its VPA (PhonePe's reported UAT test VPAs). */
    enum Payer {
        SUCCESS("COMPLETED"),
        FAILED("FAILED"),
        PENDING("PENDING");

        final String state;

        Payer(String state) {
            this.state = state;
        }

        static Payer of(String vpa) {
            int at = vpa.indexOf('@');
            String local = (at < 0 ? vpa : vpa.substring(0, at)).toLowerCase(Locale.ROOT);
            return switch (local) {
                case "failed", "fail", "failure" -> FAILED;
                case "pending" -> PENDING;
                default -> SUCCESS;
            };
        }
    }
}
