package com.trustpay.webhook.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The username and password set for the webhook in PhonePe's Business Dashboard (PROVIDERS.md §2.6). PhonePe proves
 * it knows them by sending {@code SHA256("username:password")}; only that digest is kept.
 */
public final class PhonePeLogin {

    private final byte[] digest;

    private PhonePeLogin(byte[] digest) {
        this.digest = digest;
    }

    /** @throws IllegalArgumentException when either is blank */
    public static PhonePeLogin of(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            throw new IllegalArgumentException("A PhonePe webhook username and password must not be blank");
        }
        return new PhonePeLogin(sha256((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code presented} is this login's digest; time does not depend on where they differ. */
    boolean matches(byte[] presented) {
        return MessageDigest.isEqual(digest, presented);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "PhonePeLogin[redacted]";
    }
}
