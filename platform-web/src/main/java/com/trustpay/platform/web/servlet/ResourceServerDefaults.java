package com.trustpay.platform.web.servlet;

import com.trustpay.platform.web.security.JwtDefaults;
import com.trustpay.platform.web.security.PublicPaths;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * The JWT resource-server rules every servlet service with users shares: stateless, no CSRF token (bearer tokens
 * only, never cookies), {@link PublicPaths} open, {@code /api/admin/**} for admins, roles from the token, and
 * refusals as problems. The service adds its own rules after these.
 */
public class ResourceServerDefaults {

    private final ProblemAuthenticationEntryPoint entryPoint;
    private final ProblemAccessDeniedHandler accessDenied;

    public ResourceServerDefaults(ProblemAuthenticationEntryPoint entryPoint, ProblemAccessDeniedHandler accessDenied) {
        this.entryPoint = entryPoint;
        this.accessDenied = accessDenied;
    }

    /**
     * Applies the shared rules; the JWT decoder is the service's {@code JwtDecoder} bean.
     *
     * @param rules the service's own authorization rules, checked after the shared ones (end with {@code
     *     anyRequest()})
     */
    public HttpSecurity apply(
            HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.POST, PublicPaths.POST)
                            .permitAll()
                            .requestMatchers(PublicPaths.ANY_METHOD)
                            .permitAll()
                            .requestMatchers(HttpMethod.POST, PublicPaths.ADMIN_BOOTSTRAP)
                            .authenticated()
                            .requestMatchers(PublicPaths.ADMIN)
                            .hasRole(PublicPaths.ADMIN_ROLE);
                    rules.customize(requests);
                })
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(JwtDefaults.rolesConverter()))
                                .authenticationEntryPoint(entryPoint)
                                .accessDeniedHandler(accessDenied))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
    }
}
