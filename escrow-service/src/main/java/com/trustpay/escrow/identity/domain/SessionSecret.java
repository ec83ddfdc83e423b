package com.trustpay.escrow.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a refresh token: 32 random bytes (256 bits) from {@link SecureRandom}, base64url without padding (43
 * characters), which only the browser's cookie holds; the database keeps its SHA-256. A plain hash (no salt, no
 * BCrypt) is enough because the secret is random, not chosen by a person, and it lets the token be found by it.
 */
public final class SessionSecret {

    /** Longer input than a secret can be is refused before hashing. */
    public static final int LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionSecret() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code value} has the shape of a secret we issue (so garbage is never looked up). */
    public static boolean wellFormed(String value) {
        return value != null && value.length() == LENGTH && value.matches("[A-Za-z0-9_-]+");
    }

    /** Lower-case hex SHA-256 of the secret. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
