package com.trustpay.notification.notification.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Whom a notification is for: one user, or the operators' feed, which every admin sees.
 *
 * @param key what the uniqueness of a notification is counted by: the user id, or {@link #OPS_KEY}
 * @param userId the user, or {@code null} for the operators
 */
public record Recipient(String key, UUID userId) {

    public static final String OPS_KEY = "ops";

    public Recipient {
        Objects.requireNonNull(key, "key");
    }

    public static Recipient user(UUID userId) {
        return new Recipient(userId.toString(), Objects.requireNonNull(userId, "userId"));
    }

    public static Recipient ops() {
        return new Recipient(OPS_KEY, null);
    }

    public boolean isOps() {
        return userId == null;
    }
}
