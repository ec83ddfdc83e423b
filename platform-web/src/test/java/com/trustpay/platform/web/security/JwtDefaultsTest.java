package com.trustpay.platform.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtDefaultsTest {

    @Test
    void theRolesClaimBecomesRoleAuthorities() {
        Jwt token = token(Instant.now().plusSeconds(60), "trustpay")
                .claim("roles", List.of("USER", "ADMIN"))
                .build();

        assertThat(JwtDefaults.rolesConverter().convert(token).getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_USER", "ROLE_ADMIN")
                .noneMatch(authority -> authority.startsWith("SCOPE_"));
    }

    @Test
    void aTokenExpiredWithinTheClockSkewIsStillAccepted() {
        Jwt justExpired = token(Instant.now().minusSeconds(20), "trustpay").build();
        Jwt longExpired = token(Instant.now().minusSeconds(40), "trustpay").build();
        var validator = JwtDefaults.validator("trustpay", Duration.ofSeconds(30));

        assertThat(validator.validate(justExpired).hasErrors()).isFalse();
        assertThat(validator.validate(longExpired).hasErrors()).isTrue();
    }

    @Test
    void theIssuerIsCheckedWhenOneIsExpected() {
        Jwt other = token(Instant.now().plusSeconds(60), "someone-else").build();

        assertThat(JwtDefaults.validator("trustpay", Duration.ofSeconds(30))
                        .validate(other)
                        .hasErrors())
                .isTrue();
        assertThat(JwtDefaults.validator(" ", Duration.ofSeconds(30))
                        .validate(other)
                        .hasErrors())
                .isFalse();
    }

    private static Jwt.Builder token(Instant expiresAt, String issuer) {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("user-1")
                .issuer(issuer)
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15)))
                .expiresAt(expiresAt);
    }
}
