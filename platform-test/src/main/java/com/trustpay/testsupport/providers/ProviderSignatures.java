package com.trustpay.testsupport.providers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Setu and RazorpayX webhook signatures: HMAC-SHA256 of the exact raw body, keyed by the secret's UTF-8 bytes;
 * Setu sends it as padded standard Base64, RazorpayX as lowercase hex.
 */
public final class ProviderSignatures {

    /** The header Setu signs its webhooks in. */
    public static final String SETU_HEADER = "x-setu-signature";

    /** The header RazorpayX signs its webhooks in. */
    public static final String RAZORPAYX_HEADER = "X-Razorpay-Signature";

    /** The Setu webhook secret the sandbox and webhook-ingest share by default (their {@code application.yml}). */
    public static final String LOCAL_SETU_SECRET = "sandboxsetusecret1234567890";

    /** The RazorpayX webhook secret the sandbox and webhook-ingest share by default. */
    public static final String LOCAL_RAZORPAYX_SECRET = "sandbox_rzpx_secret";

    private ProviderSignatures() {}

    /** Setu's signature of {@code body}: standard padded Base64 of HMAC-SHA256. */
    public static String setu(String secret, byte[] body) {
        return Base64.getEncoder().encodeToString(hmacSha256(secret, body));
    }

    /** RazorpayX's signature of {@code body}: lowercase hex of HMAC-SHA256. */
    public static String razorpayx(String secret, byte[] body) {
        return HexFormat.of().formatHex(hmacSha256(secret, body));
    }

    private static byte[] hmacSha256(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
