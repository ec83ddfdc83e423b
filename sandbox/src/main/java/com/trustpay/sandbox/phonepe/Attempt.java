package com.trustpay.sandbox.phonepe;

import com.trustpay.sandbox.common.Ids;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One payment attempt of an order. Guarded by its order's lock. */
final class Attempt {

    final String transactionId = "OM" + Ids.digits(20);
    final String paymentMode;
    final long timestamp;
    final long amount;
    final String vpa;
    String state = "PENDING";
    String errorCode;
    String detailedErrorCode;
    String utr;
    String upiTransactionId;

    Attempt(String paymentMode, long timestamp, long amount, String vpa) {
        this.paymentMode = paymentMode;
        this.timestamp = timestamp;
        this.amount = amount;
        this.vpa = vpa;
    }

    void complete() {
        state = "COMPLETED";
        utr = Ids.digits(12);
        upiTransactionId = "YBL" + Ids.alnum(32).toLowerCase(java.util.Locale.ROOT);
    }

    void fail(String code, String detailed) {
        state = "FAILED";
        errorCode = code;
        detailedErrorCode = detailed;
    }

    Map<String, Object> view() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("transactionId", transactionId);
        v.put("paymentMode", paymentMode);
        v.put("timestamp", timestamp);
        v.put("amount", amount);
        v.put("payableAmount", amount);
        v.put("feeAmount", 0);
        v.put("state", state);
        if (errorCode != null) {
            v.put("errorCode", errorCode);
            v.put("detailedErrorCode", detailedErrorCode);
        }
        Map<String, Object> rail = new LinkedHashMap<>();
        rail.put("type", "UPI");
        if (utr != null) {
            rail.put("utr", utr);
            rail.put("upiTransactionId", upiTransactionId);
        }
        rail.put("vpa", mask(vpa));
        Map<String, Object> instrument = new LinkedHashMap<>();
        instrument.put("type", "ACCOUNT");
        instrument.put("maskedAccountNumber", "XXXX2000");
        instrument.put("accountType", "SAVINGS");
        instrument.put("accountHolderName", "Sandbox Payer");
        v.put("splitInstruments", List.of(Map.of("amount", amount, "instrument", instrument, "rail", rail)));
        return v;
    }

    /**
     * Masks a VPA's local part as PhonePe does ({@code 12****78@ybl}): the first two and last two characters stay,
     * the rest become {@code *}; a local part of four or fewer keeps only its first character.
     */
    static String mask(String vpa) {
        if (vpa == null) {
            return null;
        }
        int at = vpa.indexOf('@');
        String local = at < 0 ? vpa : vpa.substring(0, at);
        String handle = at < 0 ? "" : vpa.substring(at);
        if (local.length() <= 4) {
            return local.charAt(0) + "*".repeat(Math.max(0, local.length() - 1)) + handle;
        }
        return local.substring(0, 2) + "*".repeat(local.length() - 4) + local.substring(local.length() - 2) + handle;
    }
}
