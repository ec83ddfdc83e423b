package com.trustpay.escrow.identity.web;

import com.trustpay.platform.problem.ProblemException;
import java.time.Duration;
import org.springframework.http.ResponseCookie;

/**
 * The refresh token's cookie (ADR 0023): {@code HttpOnly} (no script reads it), {@code Secure}, {@code
 * SameSite=Strict} and {@code Path=/api/auth}, so the browser sends it only to refresh and logout, never with the
 * API calls that carry the access token. Browsers treat http://127.0.0.1 and http://localhost as secure, so the
 * devstack and the system tests need no TLS for it.
 */
final class SessionCookie {

    static final String NAME = "trustpay_session";

    /**
     * Refresh and logout change state on the strength of a cookie alone, so they also need this header: a
     * cross-site form cannot send it, and a cross-site script cannot without a CORS preflight the gateway refuses.
     */
    static final String HEADER = "X-TrustPay-Session";

    private static final String PATH = "/api/auth";

    private SessionCookie() {}

    static String set(String secret, Duration ttl) {
        return cookie(secret, ttl).toString();
    }

    static String cleared() {
        return cookie("", Duration.ZERO).toString();
    }

    /** Refuses a request without the session header before anything is read or changed. */
    static void requireHeader(String value) {
        if (!"1".equals(value)) {
            throw ProblemException.forbidden(
                    "SESSION_HEADER_REQUIRED", "This request must carry the header " + HEADER + ": 1.");
        }
    }

    private static ResponseCookie cookie(String value, Duration maxAge) {
        return ResponseCookie.from(NAME, value)
                .httpOnly(true)
                .secure(true)
                .sameSite("Strict")
                .path(PATH)
                .maxAge(maxAge)
                .build();
    }
}
