package com.trustpay.notification.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens as escrow-service issues them (RS256, {@code sub}, {@code roles}, issuer {@code trustpay}), and the
 * JWKS document that verifies them, served over real HTTP so the service's own JWKS decoder checks them. One key and
 * one server per test JVM.
 */
public final class TestTokens {

    public static final String ISSUER = "trustpay";

    private static TestTokens instance;

    private final RSAKey key;
    private final String jwksUri;

    private TestTokens() throws JOSEException, IOException {
        this.key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
        this.jwksUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    public static synchronized TestTokens instance() {
        if (instance == null) {
            try {
                instance = new TestTokens();
            } catch (JOSEException | IOException e) {
                throw new IllegalStateException("Cannot set up test tokens", e);
            }
        }
        return instance;
    }

    public String jwksUri() {
        return jwksUri;
    }

    public String user(UUID userId) {
        return token(userId, List.of("USER"), Duration.ofMinutes(10));
    }

    public String admin(UUID userId) {
        return token(userId, List.of("ADMIN", "USER"), Duration.ofMinutes(10));
    }

    public String token(UUID userId, List<String> roles, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(userId.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim("roles", roles)
                .build();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
