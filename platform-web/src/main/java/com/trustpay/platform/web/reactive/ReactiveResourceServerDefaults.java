package com.trustpay.platform.web.reactive;

import com.trustpay.platform.web.security.JwtDefaults;
import com.trustpay.platform.web.security.PublicPaths;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The JWT resource-server rules of the reactive gateway, the same as a servlet service's {@code
 * ResourceServerDefaults}: stateless (no session, no saved request, no CSRF token, no basic or form login),
 * {@link PublicPaths} open, {@code /api/admin/**} for admins, roles from the token, refusals as problems. The
 * gateway adds its own rules after these.
 */
public class ReactiveResourceServerDefaults {

    private final ReactiveProblemAuthenticationEntryPoint entryPoint;
    private final ReactiveProblemAccessDeniedHandler accessDenied;

    public ReactiveResourceServerDefaults(
            ReactiveProblemAuthenticationEntryPoint entryPoint, ReactiveProblemAccessDeniedHandler accessDenied) {
        this.entryPoint = entryPoint;
        this.accessDenied = accessDenied;
    }

    /** The token's {@code roles} claim as {@code ROLE_*} authorities, in the reactive form. */
    public static ReactiveJwtAuthenticationConverterAdapter rolesConverter() {
        return new ReactiveJwtAuthenticationConverterAdapter(JwtDefaults.rolesConverter());
    }

    /**
     * Applies the shared rules; the JWT decoder is the application's {@code ReactiveJwtDecoder} bean.
     *
     * @param rules the gateway's own authorization rules, checked after the shared ones (end with {@code
     *     anyExchange()})
     */
    public ServerHttpSecurity apply(
            ServerHttpSecurity http, Customizer<ServerHttpSecurity.AuthorizeExchangeSpec> rules) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> {
                    exchanges
                            .pathMatchers(HttpMethod.POST, PublicPaths.POST)
                            .permitAll()
                            .pathMatchers(PublicPaths.ANY_METHOD)
                            .permitAll()
                            .pathMatchers(HttpMethod.POST, PublicPaths.ADMIN_BOOTSTRAP)
                            .authenticated()
                            .pathMatchers(PublicPaths.ADMIN)
                            .hasRole(PublicPaths.ADMIN_ROLE);
                    rules.customize(exchanges);
                })
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesConverter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
    }
}
