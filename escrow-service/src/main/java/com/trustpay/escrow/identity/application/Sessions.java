package com.trustpay.escrow.identity.application;

import com.trustpay.escrow.identity.domain.RefreshToken;
import com.trustpay.escrow.identity.domain.SessionSecret;
import com.trustpay.escrow.identity.domain.User;
import com.trustpay.escrow.identity.persistence.RefreshTokenRepository;
import com.trustpay.platform.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Browser sessions (ADR 0023): a login opens a family of refresh tokens, each refresh rotates the token and issues a
 * fresh access token, an old token presented again revokes the family (it was copied), logout revokes it. A token
 * rotated less than the reuse grace ago is another tab of the same browser that refreshed at the same moment: it
 * gets an access token but no new refresh token, since the browser's cookie jar holds the successor.
 */
public class Sessions {

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);

    /** Signed in: the access token, and the refresh token's secret for the cookie (empty: keep the cookie). */
    public record SignedIn(TokenIssuer.AccessToken accessToken, Optional<String> refreshSecret) {}

    private final Accounts accounts;
    private final TokenIssuer tokens;
    private final RefreshTokenRepository refreshTokens;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration refreshTtl;
    private final Duration reuseGrace;

    public Sessions(
            Accounts accounts,
            TokenIssuer tokens,
            RefreshTokenRepository refreshTokens,
            TransactionTemplate tx,
            Clock clock,
            Duration refreshTtl,
            Duration reuseGrace) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.tx = tx;
        this.clock = clock;
        this.refreshTtl = refreshTtl;
        this.reuseGrace = reuseGrace;
    }

    /** How long a refresh token lives: the cookie's {@code Max-Age}. */
    public Duration refreshTtl() {
        return refreshTtl;
    }

    /** Login: checks the password ({@link Accounts#authenticate}) and opens a new family. */
    public SignedIn logIn(String email, String password) {
        User user = accounts.authenticate(email, password);
        String secret = SessionSecret.generate();
        refreshTokens.insert(RefreshToken.issue(
                SessionSecret.hash(secret), UUID.randomUUID(), user.id(), clock.instant(), refreshTtl));
        return new SignedIn(tokens.issue(user), Optional.of(secret));
    }

    /**
     * A new access token for the refresh token's secret, with the account's current name and roles; refused with
     * {@code SESSION_MISSING}, {@code SESSION_EXPIRED}, {@code SESSION_REVOKED} (401) or {@code ACCOUNT_DISABLED}.
     */
    public SignedIn refresh(String secret) {
        return answer(presented(secret), clock.instant(), true);
    }

    /** Ends the session the secret belongs to, whatever state its token is in; nothing for an unknown secret. */
    public void logOut(String secret) {
        if (!SessionSecret.wellFormed(secret)) {
            return;
        }
        refreshTokens
                .find(SessionSecret.hash(secret))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
    }

    private SignedIn answer(RefreshToken token, Instant now, boolean mayRotate) {
        return switch (token.standing(now, reuseGrace)) {
            case REVOKED -> throw revoked();
            case EXPIRED -> throw expired();
            case REUSED -> throw reused(token, now);
            case JUST_ROTATED -> new SignedIn(tokens.issue(enabled(token, now)), Optional.empty());
            case LIVE -> {
                if (!mayRotate) {
                    throw expired();
                }
                yield rotate(token, now);
            }
        };
    }

    /**
     * The old token rotated and its successor stored in one transaction. A request that loses the race to another
     * one with the same token reads the token again, which is then just rotated: it is answered as a second tab.
     */
    private SignedIn rotate(RefreshToken token, Instant now) {
        User user = enabled(token, now);
        String next = SessionSecret.generate();
        Boolean rotated = tx.execute(status -> {
            if (!refreshTokens.rotate(token.hash(), now)) {
                return false;
            }
            refreshTokens.insert(
                    RefreshToken.issue(SessionSecret.hash(next), token.familyId(), token.userId(), now, refreshTtl));
            return true;
        });
        if (!Boolean.TRUE.equals(rotated)) {
            return answer(refreshTokens.find(token.hash()).orElseThrow(Sessions::expired), now, false);
        }
        return new SignedIn(tokens.issue(user), Optional.of(next));
    }

    /** A token rotated longer than the grace ago came back: a copy of it is in someone else's hands. */
    private ProblemException reused(RefreshToken token, Instant now) {
        int revoked = refreshTokens.revokeFamily(token.familyId(), now);
        log.warn(
                "A rotated refresh token was presented again: session family {} of user {} revoked ({} tokens)",
                token.familyId(),
                token.userId(),
                revoked);
        return revoked();
    }

    /** The account behind the token, unless it was disabled: then the whole family ends. */
    private User enabled(RefreshToken token, Instant now) {
        try {
            return accounts.enabled(token.userId());
        } catch (ProblemException disabled) {
            refreshTokens.revokeFamily(token.familyId(), now);
            throw disabled;
        }
    }

    private RefreshToken presented(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new ProblemException(
                    ProblemException.Kind.UNAUTHORIZED, "SESSION_MISSING", "You are not signed in. Please log in.");
        }
        if (!SessionSecret.wellFormed(secret)) {
            throw expired();
        }
        return refreshTokens.find(SessionSecret.hash(secret)).orElseThrow(Sessions::expired);
    }

    private static ProblemException expired() {
        return new ProblemException(
                ProblemException.Kind.UNAUTHORIZED, "SESSION_EXPIRED", "Your session has ended. Please log in again.");
    }

    private static ProblemException revoked() {
        return new ProblemException(
                ProblemException.Kind.UNAUTHORIZED, "SESSION_REVOKED", "You were signed out. Please log in again.");
    }
}
