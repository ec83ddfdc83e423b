package com.trustpay.sandbox.payouts;

import java.util.Map;

/** Payout request helpers shared with other test classes. */
public final class PayoutsTestSupport {

    public static final String AUTH = PayoutsTest.AUTH;

    private PayoutsTestSupport() {}

    public static Map<String, Object> body(String vpa, String reference, long amount) {
        return PayoutsTest.body(vpa, reference, amount);
    }
}
