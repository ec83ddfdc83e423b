package com.trustpay.sandbox.phonepe;

import com.trustpay.sandbox.common.Ids;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One refund. Thread-safe; {@code PENDING} moves once to {@code COMPLETED} or {@code FAILED}. */
final class Refund {

    final String merchantRefundId;
    final String refundId = "OMR" + Ids.digits(20);
    final Order order;
    final long amount;
    final long timestamp;
    private String state = "PENDING";
    private String errorCode;
    private String detailedErrorCode;
    private String utr;

    Refund(String merchantRefundId, Order order, long amount, long timestamp) {
        this.merchantRefundId = merchantRefundId;
        this.order = order;
        this.amount = amount;
        this.timestamp = timestamp;
    }

    synchronized String state() {
        return state;
    }

    /** Moves a PENDING refund to COMPLETED or FAILED; false if it was already settled. */
    synchronized boolean settle(String next, String code, String detailed) {
        if (!"PENDING".equals(state)) {
            return false;
        }
        state = next;
        if ("COMPLETED".equals(next)) {
            utr = Ids.digits(12);
        } else {
            errorCode = code;
            detailedErrorCode = detailed;
        }
        return true;
    }

    /** The create answer. */
    synchronized Map<String, Object> created() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("refundId", refundId);
        v.put("amount", amount);
        v.put("state", state);
        return v;
    }

    /** The Refund Status answer (and callback payload). */
    synchronized Map<String, Object> view(String merchantId) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("merchantId", merchantId);
        v.put("merchantRefundId", merchantRefundId);
        v.put("originalMerchantOrderId", order.merchantOrderId);
        v.put("amount", amount);
        v.put("state", state);
        v.put("timestamp", timestamp);
        v.put("refundId", refundId);
        if (errorCode != null) {
            v.put("errorCode", errorCode);
            v.put("detailedErrorCode", detailedErrorCode);
        }
        Map<String, Object> rail = new LinkedHashMap<>();
        rail.put("type", "UPI");
        if (utr != null) {
            rail.put("utr", utr);
        }
        rail.put("vpa", Attempt.mask(order.paidVpa()));
        v.put("splitInstruments", List.of(Map.of("amount", amount, "rail", rail)));
        return v;
    }
}
