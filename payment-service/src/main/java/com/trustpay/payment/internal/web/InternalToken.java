package com.trustpay.payment.internal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The shared secret callers of {@code /internal/**} send as {@code X-Internal-Token} ({@code payment.internal.token},
 * env {@code PAYMENT_INTERNAL_TOKEN}). Only its SHA-256 digest is kept, and a given token is compared digest to digest
 * in constant time, so neither its content nor its length leaks through timing. An empty token means an open
 * internal API, which only the sandbox profile allows: outside it the service refuses to start without one.
 */
public final class InternalToken {

    /** The request header that carries the token. */
    public static final String HEADER = "X-Internal-Token";

    private final byte[] digest;

    private InternalToken(byte[] digest) {
        this.digest = digest;
    }

    public static InternalToken of(String configured) {
        return new InternalToken(configured == null || configured.isBlank() ? null : sha256(configured.strip()));
    }

    /** True when no token is configured (sandbox only). */
    public boolean open() {
        return digest == null;
    }

    /** Whether {@code given} is the configured token; always false when none is configured. */
    public boolean matches(String given) {
        return digest != null && given != null && MessageDigest.isEqual(digest, sha256(given.strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @Override
    public String toString() {
        return open() ? "InternalToken[none]" : "InternalToken[redacted]";
    }
}
