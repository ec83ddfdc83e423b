package com.trustpay.sandbox.support;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the signatures a receiver expects, written independently of the sandbox's signer: Setu is standard
 * padded Base64 of HMAC-SHA256, RazorpayX is lowercase hex of HMAC-SHA256, both keyed by the UTF-8 secret.
 */
public final class ExpectedSignatures {

    private ExpectedSignatures() {}

    public static String setu(String secret, byte[] body) {
        return java.util.Base64.getEncoder().encodeToString(hmac(secret, body));
    }

    public static String razorpay(String secret, byte[] body) {
        StringBuilder hex = new StringBuilder();
        for (byte b : hmac(secret, body)) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
