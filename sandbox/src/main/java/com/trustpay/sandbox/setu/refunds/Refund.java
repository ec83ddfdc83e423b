package com.trustpay.sandbox.setu.refunds;

import com.trustpay.sandbox.common.Ids;
import com.trustpay.sandbox.setu.common.SetuResource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One refund. Thread-safe; {@code pending} moves once to {@code success} or {@code failed}, and a {@code failed} one
 * may still be credited late ({@link #creditLate}, an admin knob: the bank paid after all).
 */
class Refund extends SetuResource {

    private final String requestId = Ids.uuid();
    private final String paymentId;
    private final String paymentTxnId;
    private final long amount;
    private final String referenceId;
    private final String remarks;
    private final String type;
    private final String crn;
    private String status = "pending";
    private String txnId;
    private RefundReason reason = RefundReason.EMPTY;

    Refund(
            String merchantId,
            String paymentId,
            String paymentTxnId,
            long amount,
            String referenceId,
            String remarks,
            String type,
            String crn) {
        super(merchantId);
        this.paymentId = paymentId;
        this.paymentTxnId = paymentTxnId;
        this.amount = amount;
        this.referenceId = referenceId;
        this.remarks = remarks;
        this.type = type;
        this.crn = crn != null ? crn : "UPI" + Ids.digits(9);
    }

    String paymentId() {
        return paymentId;
    }

    String paymentTxnId() {
        return paymentTxnId;
    }

    long amount() {
        return amount;
    }

    synchronized String status() {
        return status;
    }

    /** Settles a pending refund; false if it was already final. */
    synchronized boolean settle(boolean success, String errCode) {
        if (!"pending".equals(status)) {
            return false;
        }
        status = success ? "success" : "failed";
        if (success) {
            txnId = Ids.txnId();
        } else {
            String code = errCode == null || errCode.isBlank() ? "R21" : errCode;
            reason = new RefundReason("", "", "refund-failed", code, "ONLINE REFUND IS DISABLED IN UPI");
        }
        return true;
    }

    /** A failed refund the bank credits after all: failed → success; false unless it was failed. */
    synchronized boolean creditLate() {
        if (!"failed".equals(status)) {
            return false;
        }
        status = "success";
        txnId = Ids.txnId();
        reason = RefundReason.EMPTY;
        return true;
    }

    synchronized RefundView view(boolean withRequestId) {
        return new RefundView(
                id(),
                paymentId,
                amount,
                referenceId,
                remarks,
                type,
                status,
                crn,
                txnId,
                createdAt(),
                reason,
                withRequestId ? requestId : null);
    }

    /** The {@code refund.*} fields; {@code txnId} and {@code crn} only on success. */
    synchronized Map<String, Object> notificationFields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id());
        f.put("merchantId", merchantId());
        f.put("paymentId", paymentId);
        f.put("orgTxnId", paymentTxnId);
        f.put("referenceId", referenceId);
        f.put("amount", amount);
        f.put("currency", "INR");
        f.put("reason", reason);
        if ("success".equals(status)) {
            f.put("txnId", txnId);
            f.put("crn", crn);
        }
        return f;
    }
}
