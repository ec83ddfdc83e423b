package com.trustpay.platform.web.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/** How a TrustPay access token is read and checked, the same in every resource server. */
public final class JwtDefaults {

    /** The claim holding the caller's roles, e.g. {@code ["USER", "ADMIN"]}. */
    public static final String ROLES_CLAIM = "roles";

    private JwtDefaults() {}

    /**
     * Turns the token's {@code roles} claim into {@code ROLE_USER}, {@code ROLE_ADMIN}, ... authorities (a servlet
     * resource server uses it as it is; the reactive one wraps it).
     */
    public static JwtAuthenticationConverter rolesConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    /**
     * Spring Security's default checks, with our clock skew on expiry and not-before, and the issuer when one is
     * expected.
     *
     * @param issuer the expected {@code iss}; {@code null} or blank accepts any issuer
     */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, Duration clockSkew) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(clockSkew));
        if (issuer != null && !issuer.isBlank()) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        return JwtValidators.createDefaultWithValidators(validators);
    }
}
