package com.trustpay.escrow.shared.web;

import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** The signed-in user behind a request, read from the verified access token. */
public record Caller(UUID userId, String name, String email, List<String> roles) {

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(
                UUID.fromString(jwt.getSubject()),
                jwt.getClaimAsString("name"),
                jwt.getClaimAsString("email"),
                roles == null ? List.of() : roles);
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }
}
