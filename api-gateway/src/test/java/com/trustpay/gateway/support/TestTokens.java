package com.trustpay.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** RS256 tokens shaped like escrow-service's, signed by a key whose JWKS the stub escrow-service publishes. */
public final class TestTokens {

    private final RSAKey key;
    private final RSAKey forger;

    public TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("trustpay-test").generate();
            // Same key id, different key: what an attacker could produce.
            forger = new RSAKeyGenerator(2048).keyID("trustpay-test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String user(String userId) {
        return sign(key, userId, List.of("USER"), Duration.ofMinutes(15));
    }

    public String user() {
        return user(UUID.randomUUID().toString());
    }

    public String admin() {
        return sign(key, UUID.randomUUID().toString(), List.of("USER", "ADMIN"), Duration.ofMinutes(15));
    }

    public String expired() {
        return sign(key, UUID.randomUUID().toString(), List.of("USER"), Duration.ofHours(-2));
    }

    public String forged() {
        return sign(forger, UUID.randomUUID().toString(), List.of("USER", "ADMIN"), Duration.ofMinutes(15));
    }

    private static String sign(RSAKey signer, String subject, List<String> roles, Duration lifetime) {
        Instant now = Instant.now();
        Instant expiry = now.plus(lifetime);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("name", "Test User")
                .claim("email", subject + "@example.com")
                .claim("roles", roles)
                .issueTime(Date.from(expiry.isBefore(now) ? expiry.minus(Duration.ofMinutes(15)) : now))
                .expirationTime(Date.from(expiry))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signer.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(signer));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
