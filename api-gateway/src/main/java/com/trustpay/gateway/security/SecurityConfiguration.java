package com.trustpay.gateway.security;

import com.trustpay.platform.web.reactive.ReactiveResourceServerDefaults;
import com.trustpay.platform.web.security.JwtDefaults;
import com.trustpay.platform.web.security.JwtProperties;
import com.trustpay.platform.web.security.SigningKeysUnavailableException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Which paths need a bearer token, how tokens are checked, and the headers every response carries. platform-web's
 * resource-server defaults make it stateless (no session, no CSRF token: the API takes bearer tokens only, never
 * cookies), open register and login, keep {@code /api/admin/**} for admins, read roles from the token and answer
 * refusals as problems; here the rest of {@code /api/**} and {@code /sandbox-pay} need a token and everything else
 * (the UI, the webhooks, the JWKS) is open. The one cookie, the browser session's refresh token, is for
 * escrow-service's {@code /api/auth/refresh} and {@code /logout} alone (open here like login, ADR 0023): they
 * demand the {@code X-TrustPay-Session} header, which CORS below does not allow another origin to send.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    static final String KEYS_UNAVAILABLE = "Sign-in cannot be checked right now (the escrow service is not answering). "
            + "Please try again in a minute.";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http, ReactiveResourceServerDefaults defaults, EdgeSecurityProperties props) {
        return defaults.apply(http, exchanges -> exchanges
                        // notification-service checks these itself: the stream by its single-use ticket (EventSource
                        // cannot send a token), the unsubscribe link of a mail by its signature.
                        .pathMatchers(HttpMethod.GET, "/api/notifications/stream")
                        .permitAll()
                        .pathMatchers("/api/notifications/unsubscribe")
                        .permitAll()
                        .pathMatchers("/api/**", "/sandbox-pay")
                        .authenticated()
                        .anyExchange()
                        .permitAll())
                .cors(cors -> cors.configurationSource(corsSource(props.corsAllowedOrigins())))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(props.contentSecurityPolicy()))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.mode(Mode.DENY)))
                .build();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(EdgeSecurityProperties props, JwtProperties jwt) {
        NimbusReactiveJwtDecoder decoder =
                NimbusReactiveJwtDecoder.withJwkSetUri(props.jwkSetUri()).build();
        decoder.setJwtValidator(JwtDefaults.validator(props.issuer(), jwt.clockSkew()));
        // A bad token is a JwtException (401); anything else means the keys could not be fetched (503).
        return token -> decoder.decode(token)
                .onErrorMap(
                        e -> !(e instanceof JwtException),
                        e -> new SigningKeysUnavailableException(KEYS_UNAVAILABLE, e));
    }

    /** Same-origin calls never need CORS; a cross-origin call is refused unless its origin is configured. */
    private static CorsConfigurationSource corsSource(List<String> allowedOrigins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(allowedOrigins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id"));
        cors.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Location"));
        cors.setMaxAge(600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
