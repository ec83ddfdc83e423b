package com.trustpay.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bearer-token and browser settings.
 *
 * @param jwkSetUri where the token signing keys are published (escrow-service's JWKS)
 * @param issuer expected {@code iss} claim; blank accepts any issuer (the built-in identity provider sets none)
 * @param corsAllowedOrigins origins allowed to call the API from another site; empty (the default) closes CORS
 * @param contentSecurityPolicy the CSP sent with every response
 */
@ConfigurationProperties("trustpay.security")
public record EdgeSecurityProperties(
        String jwkSetUri, String issuer, List<String> corsAllowedOrigins, String contentSecurityPolicy) {

    public EdgeSecurityProperties {
        corsAllowedOrigins = corsAllowedOrigins == null
                ? List.of()
                : corsAllowedOrigins.stream().filter(o -> !o.isBlank()).toList();
    }
}
