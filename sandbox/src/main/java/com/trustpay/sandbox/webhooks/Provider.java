package com.trustpay.sandbox.webhooks;

import com.trustpay.sandbox.common.Hmac;
import com.trustpay.sandbox.webhooks.WebhookProperties.Target;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/** A webhook sender and how it signs: Setu (PROVIDERS.md 1.10), RazorpayX (section 8) and PhonePe (2.6). */
public enum Provider {
    /** {@code x-setu-signature}: standard Base64 (padded) of HMAC-SHA256(secret UTF-8, raw body). */
    SETU {
        @Override
        Map<String, String> signatureHeaders(byte[] body, Target target, String eventId) {
            return Map.of("x-setu-signature", Base64.getEncoder().encodeToString(Hmac.sha256(target.secret(), body)));
        }
    },
    /** {@code X-Razorpay-Signature}: lowercase hex HMAC-SHA256 of the raw body; event id in its own header. */
    RAZORPAYX {
        @Override
        Map<String, String> signatureHeaders(byte[] body, Target target, String eventId) {
            return Map.of(
                    "X-Razorpay-Signature",
                    HexFormat.of().formatHex(Hmac.sha256(target.secret(), body)),
                    "x-razorpay-event-id",
                    eventId);
        }
    },
    /**
     * PhonePe S2S callbacks (PROVIDERS.md 2.6): {@code Authorization} is the bare lowercase hex SHA-256 of the
     * literal {@code username:password}; it does not depend on the body.
     */
    PHONEPE {
        @Override
        Map<String, String> signatureHeaders(byte[] body, Target target, String eventId) {
            return Map.of("Authorization", sha256Hex(target.username() + ":" + target.password()));
        }
    };

    abstract Map<String, String> signatureHeaders(byte[] body, Target target, String eventId);

    /** Lowercase hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
