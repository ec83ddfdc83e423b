package com.trustpay.webhook.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one secret, with a constant-time comparison. A provider's text secret is keyed as its UTF-8
 * bytes, never Base64-decoded (Setu, Razorpay); Standard Webhooks' {@code whsec_} secrets are decoded first and
 * keyed as bytes.
 */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";

    private final Mac prototype;

    private HmacSha256(Mac prototype) {
        this.prototype = prototype;
    }

    public static HmacSha256 keyedWith(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("A webhook secret must not be blank");
        }
        return keyedWith(secret.getBytes(StandardCharsets.UTF_8));
    }

    public static HmacSha256 keyedWith(byte[] key) {
        if (key == null || key.length == 0) {
            throw new IllegalArgumentException("A webhook key must not be empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return new HmacSha256(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public byte[] digest(byte[] message) {
        return newMac().doFinal(message);
    }

    /** Whether {@code presented} is this key's digest of {@code message}; time does not depend on where they differ. */
    public boolean matches(byte[] message, byte[] presented) {
        return presented != null && MessageDigest.isEqual(digest(message), presented);
    }

    private Mac newMac() {
        try {
            // A keyed prototype cloned per call: cheaper than getInstance + init, and Mac is not thread-safe.
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 provider cannot clone a keyed Mac", e);
        }
    }
}
