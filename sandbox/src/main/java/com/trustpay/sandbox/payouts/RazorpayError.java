package com.trustpay.sandbox.payouts;

import java.util.Map;

/** Razorpay's error body: {@code {"error": {code, description, source, step, reason, metadata, field}}}. */
record RazorpayError(Detail error) {

    /** The error detail. */
    record Detail(
            String code,
            String description,
            String source,
            String step,
            String reason,
            Map<String, Object> metadata,
            String field) {}

    static RazorpayError badRequest(String description, String field) {
        return new RazorpayError(new Detail(
                "BAD_REQUEST_ERROR",
                description,
                "business",
                "payout_initiation",
                "input_validation_failed",
                Map.of(),
                field));
    }
}
