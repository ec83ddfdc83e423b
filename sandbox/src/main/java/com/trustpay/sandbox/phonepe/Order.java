package com.trustpay.sandbox.phonepe;

import com.trustpay.sandbox.common.Ids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One PhonePe order. Thread-safe. State {@code PENDING} moves once to {@code COMPLETED}, {@code FAILED} or
 * {@code EXPIRED}; attempts move {@code PENDING} to {@code COMPLETED} or {@code FAILED}.
 */
final class Order {

    /** Standard Checkout ({@code checkout.order.*} callbacks) or Custom checkout ({@code pg.order.*}). */
    enum Flow {
        CHECKOUT("checkout"),
        PG("pg");

        final String eventPrefix;

        Flow(String eventPrefix) {
            this.eventPrefix = eventPrefix;
        }
    }

    final String merchantOrderId;
    final String orderId = "OMO" + Ids.digits(20);
    final Flow flow;
    final String paymentMode;
    final long amount;
    final long createdAt;
    final long expireAt;
    final Map<String, String> metaInfo;
    final String payerVpa;
    private final List<Attempt> attempts = new ArrayList<>();
    private String state = "PENDING";
    private String errorCode;
    private String detailedErrorCode;
    private long refundReserved;

    Order(
            String merchantOrderId,
            Flow flow,
            String paymentMode,
            long amount,
            long createdAt,
            long expireAt,
            Map<String, String> metaInfo,
            String payerVpa) {
        this.merchantOrderId = merchantOrderId;
        this.flow = flow;
        this.paymentMode = paymentMode;
        this.amount = amount;
        this.createdAt = createdAt;
        this.expireAt = expireAt;
        this.metaInfo = metaInfo;
        this.payerVpa = payerVpa;
    }

    synchronized String state() {
        return state;
    }

    /** The attempt still waiting for the payer, if any. */
    synchronized Optional<Attempt> pendingAttempt() {
        return attempts.stream().filter(a -> "PENDING".equals(a.state)).findFirst();
    }

    /** The VPA that paid (the completed attempt's), else the collect payer's. */
    synchronized String paidVpa() {
        return attempts.stream()
                .filter(a -> "COMPLETED".equals(a.state))
                .map(a -> a.vpa)
                .findFirst()
                .orElse(payerVpa);
    }

    /** A new PENDING attempt; empty when the order is no longer PENDING. */
    synchronized Optional<Attempt> openAttempt(String mode, long now, String vpa) {
        if (!"PENDING".equals(state)) {
            return Optional.empty();
        }
        Attempt attempt = new Attempt(mode, now, amount, vpa);
        attempts.add(attempt);
        return Optional.of(attempt);
    }

    /** Completes a PENDING attempt of a PENDING order, and so the order. */
    synchronized boolean complete(Attempt attempt) {
        if (!"PENDING".equals(state) || !"PENDING".equals(attempt.state)) {
            return false;
        }
        attempt.complete();
        state = "COMPLETED";
        return true;
    }

    /** Fails a PENDING attempt; the order fails too unless {@code orderStaysPending}. */
    synchronized boolean fail(Attempt attempt, String code, String detailed, boolean orderStaysPending) {
        if (!"PENDING".equals(state) || !"PENDING".equals(attempt.state)) {
            return false;
        }
        attempt.fail(code, detailed);
        if (!orderStaysPending) {
            state = "FAILED";
            errorCode = code;
            detailedErrorCode = detailed;
        }
        return true;
    }

    /** At {@code expireAt}: a PENDING order becomes EXPIRED and its waiting attempt FAILED. */
    synchronized boolean expire() {
        if (!"PENDING".equals(state)) {
            return false;
        }
        for (Attempt a : attempts) {
            if ("PENDING".equals(a.state)) {
                a.fail("TXN_EXPIRED", "U69");
            }
        }
        state = "EXPIRED";
        errorCode = "TXN_EXPIRED";
        detailedErrorCode = "U69";
        return true;
    }

    /** Reserves {@code amount} of refund: only on a COMPLETED order, cumulative at most the order amount. */
    synchronized void reserveRefund(long refund) {
        if (!"COMPLETED".equals(state)) {
            throw new PhonePeException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "REFUND_NOT_ALLOWED",
                    "order " + merchantOrderId + " is " + state + "; only a COMPLETED order can be refunded");
        }
        if (refundReserved + refund > amount) {
            throw new PhonePeException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "REFUND_AMOUNT_EXCEEDED",
                    "refunds would total " + (refundReserved + refund) + " paise, more than the order's " + amount);
        }
        refundReserved += refund;
    }

    /** A failed refund gives its amount back. */
    synchronized void releaseRefund(long refund) {
        refundReserved -= refund;
    }

    /**
     * The Order Status answer: the latest attempt only, or every attempt with {@code details}; the error codes on a
     * FAILED or EXPIRED order, with an {@code errorContext} block when asked.
     */
    synchronized Map<String, Object> view(boolean details, boolean errorContext) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("orderId", orderId);
        v.put("state", state);
        v.put("amount", amount);
        v.put("expireAt", expireAt);
        v.put("metaInfo", metaInfo);
        if (errorCode != null) {
            v.put("errorCode", errorCode);
            v.put("detailedErrorCode", detailedErrorCode);
            if (errorContext) {
                Map<String, Object> ctx = new LinkedHashMap<>();
                ctx.put("errorCode", errorCode);
                ctx.put("detailedErrorCode", detailedErrorCode);
                ctx.put("source", "EXPIRED".equals(state) ? "TPPS" : "CUSTOMER");
                ctx.put("stage", "EXPIRED".equals(state) ? "ORDER_EXPIRY" : "AUTHENTICATION");
                ctx.put(
                        "description",
                        "EXPIRED".equals(state)
                                ? "The order expired before the payer paid"
                                : "The payment was declined by the payer or the bank");
                v.put("errorContext", ctx);
            }
        }
        List<Attempt> shown = details || attempts.isEmpty() ? attempts : List.of(attempts.getLast());
        v.put("paymentDetails", shown.stream().map(Attempt::view).toList());
        return v;
    }

    /** The callback payload: the order with every attempt, plus {@code merchantId} and {@code merchantOrderId}. */
    synchronized Map<String, Object> payload(String merchantId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("merchantId", merchantId);
        p.put("merchantOrderId", merchantOrderId);
        p.putAll(view(true, false));
        return p;
    }

    /** The admin listing entry. */
    synchronized Map<String, Object> adminView() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("merchantOrderId", merchantOrderId);
        v.put("flow", flow);
        v.put("paymentMode", paymentMode);
        v.put("payerVpa", payerVpa);
        v.put("createdAt", createdAt);
        v.put("refundedOrPending", refundReserved);
        v.putAll(view(true, false));
        return v;
    }
}
