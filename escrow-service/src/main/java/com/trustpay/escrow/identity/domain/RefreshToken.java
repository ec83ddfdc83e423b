package com.trustpay.escrow.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token of a browser session as stored: only the SHA-256 of the secret the browser holds, the family
 * (every token of one sign-in), whose it is, and when it was issued, expires, was rotated and was revoked.
 *
 * @param hash hex SHA-256 of the secret ({@link SessionSecret#hash})
 * @param familyId the same for every token issued from one login, so that one reuse or logout ends all of them
 */
public record RefreshToken(
        String hash,
        UUID familyId,
        UUID userId,
        Instant issuedAt,
        Instant expiresAt,
        Instant rotatedAt,
        Instant revokedAt) {

    /** What presenting this token at {@code now} means. */
    public enum Standing {
        /** Live: rotate it and issue an access token. */
        LIVE,
        /**
         * Rotated moments ago: another tab of the same browser refreshed with it at the same time. Answer with an
         * access token only; the browser already holds (or is about to hold) the successor.
         */
        JUST_ROTATED,
        /** Rotated longer ago than the grace: someone replays an old token. The family is revoked. */
        REUSED,
        EXPIRED,
        /** Logged out, or its family was revoked for a reuse. */
        REVOKED
    }

    public Standing standing(Instant now, Duration reuseGrace) {
        if (revokedAt != null) {
            return Standing.REVOKED;
        }
        if (rotatedAt != null) {
            return now.isAfter(rotatedAt.plus(reuseGrace)) ? Standing.REUSED : Standing.JUST_ROTATED;
        }
        return now.isBefore(expiresAt) ? Standing.LIVE : Standing.EXPIRED;
    }

    /** The next token of the same family, issued at {@code now}. */
    public static RefreshToken issue(String hash, UUID familyId, UUID userId, Instant now, Duration ttl) {
        return new RefreshToken(hash, familyId, userId, now, now.plus(ttl), null, null);
    }
}
