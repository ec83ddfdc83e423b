package com.trustpay.sandbox.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over raw bytes with a UTF-8 secret. */
public final class Hmac {

    private Hmac() {}

    public static byte[] sha256(String secret, byte[] message) {
        return sha256(secret.getBytes(StandardCharsets.UTF_8), message);
    }

    public static byte[] sha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
