package com.trustpay.webhook.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Computes provider signatures the way the providers document them, independently of the service's code. */
public final class Signatures {

    public static final String SETU_SECRET = "sandboxsetusecret1234567890";
    public static final String RAZORPAYX_SECRET = "sandbox_rzpx_secret";

    private Signatures() {}

    /** Setu: standard Base64 (padded) of HMAC-SHA256(secret as UTF-8, raw body). */
    public static String setu(String secret, byte[] body) {
        return Base64.getEncoder().encodeToString(hmac(secret, body));
    }

    /** RazorpayX: lowercase hex of HMAC-SHA256(secret, raw body). */
    public static String razorpayx(String secret, byte[] body) {
        return HexFormat.of().formatHex(hmac(secret, body));
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
