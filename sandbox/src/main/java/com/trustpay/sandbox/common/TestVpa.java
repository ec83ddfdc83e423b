package com.trustpay.sandbox.common;

import java.util.Locale;

/**
 * The sandbox's magic VPAs. The local part (before {@code @}) decides what the simulated payer or beneficiary
 * does; any other VPA behaves as {@link #SUCCESS}. Setu and RazorpayX document none of these.
 */
public enum TestVpa {
    SUCCESS,
    FAILURE,
    PENDING,
    EXPIRE,
    INVALID,
    VERIFY_FAIL,
    REVERSE,
    SLOW;

    public static TestVpa of(String vpa) {
        if (vpa == null) {
            return SUCCESS;
        }
        int at = vpa.indexOf('@');
        String local = (at < 0 ? vpa : vpa.substring(0, at)).toLowerCase(Locale.ROOT);
        return switch (local) {
            case "failure", "fail" -> FAILURE;
            case "pending" -> PENDING;
            case "expire" -> EXPIRE;
            case "invalid" -> INVALID;
            case "verifyfail" -> VERIFY_FAIL;
            case "reverse" -> REVERSE;
            case "slow" -> SLOW;
            default -> SUCCESS;
        };
    }
}
