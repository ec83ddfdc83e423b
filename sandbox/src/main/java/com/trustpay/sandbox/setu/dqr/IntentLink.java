package com.trustpay.sandbox.setu.dqr;

import java.nio.charset.StandardCharsets;

/** Builds UPI intent links ({@code upi://pay?pa=..&pn=..&am=..&tr=..&tn=..&cu=INR&mc=..}). */
final class IntentLink {

    private IntentLink() {}

    static String build(String vpa, String name, Long amount, Long minAmount, String refId, String note, String mcc) {
        StringBuilder sb = new StringBuilder("upi://pay?pa=").append(encode(vpa));
        sb.append("&pn=").append(encode(name));
        if (amount != null) {
            sb.append("&am=").append(rupees(amount));
        }
        if (minAmount != null) {
            sb.append("&mam=").append(rupees(minAmount));
        }
        sb.append("&tr=").append(encode(refId));
        if (note != null) {
            sb.append("&tn=").append(encode(note));
        }
        return sb.append("&cu=INR&mc=").append(encode(mcc)).toString();
    }

    /** Paise as rupees with two decimals, e.g. 10050 becomes "100.50". */
    static String rupees(long paise) {
        return "%d.%02d".formatted(paise / 100, paise % 100);
    }

    /** Percent-encodes everything except letters, digits and {@code @ . - _}. */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "@.-_".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append("%02X".formatted(b & 0xff));
            }
        }
        return sb.toString();
    }
}
