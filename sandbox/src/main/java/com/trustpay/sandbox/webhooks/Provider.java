package com.trustpay.sandbox.webhooks;

import com.trustpay.sandbox.common.Hmac;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/** A webhook sender and how it signs: Setu (PROVIDERS.md 1.10) and RazorpayX (section 8). */
public enum Provider {
    /** {@code x-setu-signature}: standard Base64 (padded) of HMAC-SHA256(secret UTF-8, raw body). */
    SETU {
        @Override
        Map<String, String> signatureHeaders(byte[] body, String secret, String eventId) {
            return Map.of("x-setu-signature", Base64.getEncoder().encodeToString(Hmac.sha256(secret, body)));
        }
    },
    /** {@code X-Razorpay-Signature}: lowercase hex HMAC-SHA256 of the raw body; event id in its own header. */
    RAZORPAYX {
        @Override
        Map<String, String> signatureHeaders(byte[] body, String secret, String eventId) {
            return Map.of(
                    "X-Razorpay-Signature",
                    HexFormat.of().formatHex(Hmac.sha256(secret, body)),
                    "x-razorpay-event-id",
                    eventId);
        }
    };

    abstract Map<String, String> signatureHeaders(byte[] body, String secret, String eventId);
}
