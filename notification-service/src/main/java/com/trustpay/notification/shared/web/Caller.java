package com.trustpay.notification.shared.web;

import com.trustpay.platform.web.security.JwtDefaults;
import com.trustpay.platform.web.security.PublicPaths;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** The signed-in user behind a request, read from the verified access token. */
public record Caller(UUID userId, boolean admin) {

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(JwtDefaults.ROLES_CLAIM);
        return new Caller(UUID.fromString(jwt.getSubject()), roles != null && roles.contains(PublicPaths.ADMIN_ROLE));
    }
}
