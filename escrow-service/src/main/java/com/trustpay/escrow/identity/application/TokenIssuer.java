package com.trustpay.escrow.identity.application;

import com.trustpay.escrow.identity.domain.Role;
import com.trustpay.escrow.identity.domain.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Signs RS256 access tokens: {@code sub} is the user id, with {@code name}, {@code email} and {@code roles}
 * claims, so the gateway and other services can authorise without asking us.
 */
public class TokenIssuer {

    /** A signed token and how many seconds it lives. */
    public record AccessToken(String value, long expiresInSeconds) {}

    private final JwtEncoder encoder;
    private final String issuer;
    private final String keyId;
    private final Duration ttl;
    private final Clock clock;

    public TokenIssuer(JwtEncoder encoder, String issuer, String keyId, Duration ttl, Clock clock) {
        this.encoder = encoder;
        this.issuer = issuer;
        this.keyId = keyId;
        this.ttl = ttl;
        this.clock = clock;
    }

    public AccessToken issue(User user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(user.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim("name", user.name())
                .claim("email", user.email())
                .claim("roles", user.roles().stream().map(Role::name).sorted().toList())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new AccessToken(token, ttl.toSeconds());
    }
}
