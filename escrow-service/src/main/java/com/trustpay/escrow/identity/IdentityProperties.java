package com.trustpay.escrow.identity;

import com.trustpay.escrow.identity.domain.LoginBackoff;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity settings ({@code trustpay.identity.*}); application.yml maps {@code TRUSTPAY_JWT_*} and
 * {@code TRUSTPAY_ADMIN_*} onto them.
 *
 * @param issuer the {@code iss} of the tokens we sign and accept
 * @param privateKey PKCS#8 PEM of the RSA signing key; when blank a key pair is generated at start (local runs)
 * @param publicKey X.509 PEM of the matching public key; derived from the private key when blank
 * @param tokenTtl how long an access token lives
 * @param adminEmail the sandbox's built-in admin, created at start when missing, only under the {@code sandbox}
 *     profile (its default is in {@code application-sandbox.yml}; outside the sandbox there is none)
 * @param adminPassword the built-in admin's password, likewise
 * @param adminBootstrapTokenSha256 hex SHA-256 of the one-time admin bootstrap token ({@code
 *     TRUSTPAY_ADMIN_BOOTSTRAP_TOKEN_SHA256}); blank when there is none
 * @param login how failed logins lock an e-mail address ({@code trustpay.identity.login.*})
 * @param session how long a browser stays signed in ({@code trustpay.identity.session.*}, ADR 0023)
 */
@ConfigurationProperties("trustpay.identity")
public record IdentityProperties(
        String issuer,
        String privateKey,
        String publicKey,
        Duration tokenTtl,
        String adminEmail,
        String adminPassword,
        String adminBootstrapTokenSha256,
        Login login,
        Session session) {

    /**
     * Login throttling: after {@code maxFailures} consecutive failures an address is locked for {@code firstLock},
     * doubling with each further failure up to {@code maxLock}; failures older than {@code failureWindow} are
     * forgotten.
     */
    public record Login(Integer maxFailures, Duration firstLock, Duration maxLock, Duration failureWindow) {

        public Login {
            maxFailures = maxFailures == null ? 5 : maxFailures;
            firstLock = firstLock == null ? Duration.ofMinutes(1) : firstLock;
            maxLock = maxLock == null ? Duration.ofHours(1) : maxLock;
            failureWindow = failureWindow == null ? Duration.ofDays(1) : failureWindow;
        }

        public LoginBackoff backoff() {
            return new LoginBackoff(maxFailures, firstLock, maxLock, failureWindow);
        }
    }

    /**
     * Browser sessions: a refresh token lives {@code refreshTtl} after it was issued (each refresh issues a new one,
     * so a browser in use stays signed in); a token rotated less than {@code reuseGrace} ago is another tab that
     * refreshed at the same moment, not a stolen copy.
     */
    public record Session(Duration refreshTtl, Duration reuseGrace) {

        public Session {
            refreshTtl = refreshTtl == null ? Duration.ofDays(14) : refreshTtl;
            reuseGrace = reuseGrace == null ? Duration.ofSeconds(10) : reuseGrace;
        }
    }

    public IdentityProperties {
        issuer = issuer == null || issuer.isBlank() ? "trustpay" : issuer;
        tokenTtl = tokenTtl == null ? Duration.ofHours(1) : tokenTtl;
        login = login == null ? new Login(null, null, null, null) : login;
        session = session == null ? new Session(null, null) : session;
        if (adminBootstrapTokenSha256 != null
                && !adminBootstrapTokenSha256.isBlank()
                && !adminBootstrapTokenSha256.strip().matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException(
                    "trustpay.identity.admin-bootstrap-token-sha256 must be 64 hex digits (sha256sum of the token)");
        }
    }
}
