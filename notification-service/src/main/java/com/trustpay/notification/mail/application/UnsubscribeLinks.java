package com.trustpay.notification.mail.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one-click unsubscribe link of a user's mail: the user id and an HMAC of it under a server secret, so that the
 * link works without logging in and nobody can turn off somebody else's mail by guessing.
 */
public class UnsubscribeLinks {

    private final String baseUrl;
    private final byte[] secret;

    public UnsubscribeLinks(String publicBaseUrl, String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("trustpay.mail.unsubscribe-secret needs at least 16 characters");
        }
        this.baseUrl =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String linkFor(UUID userId) {
        return baseUrl + "/api/notifications/unsubscribe?user=" + userId + "&token=" + token(userId);
    }

    /** The user a link is for, when its token is right. */
    public Optional<UUID> verify(String user, String token) {
        UUID userId;
        try {
            userId = UUID.fromString(user);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        boolean valid = token != null
                && MessageDigest.isEqual(
                        token(userId).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
        return valid ? Optional.of(userId) : Optional.empty();
    }

    private String token(UUID userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("unsubscribe:" + userId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
