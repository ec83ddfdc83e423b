package com.trustpay.notification.shared.web;

import com.trustpay.platform.web.security.JwtDefaults;
import com.trustpay.platform.web.security.JwtProperties;
import com.trustpay.platform.web.security.PublicPaths;
import com.trustpay.platform.web.servlet.ResourceServerDefaults;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. platform-web's resource-server defaults (problems, roles from the token, health open) plus: the
 * stream, which a browser's EventSource opens without headers and which therefore proves who it is with a single-use
 * ticket instead; the one-click unsubscribe link of a mail, signed for its user; the failed-mail admin paths; every
 * other path with a bearer token. Tokens are escrow-service's, checked against its JWKS document.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class ApiSecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ResourceServerDefaults defaults) throws Exception {
        return defaults.apply(
                        http, requests -> requests.requestMatchers("/actuator/info", "/actuator/prometheus", "/error")
                                .permitAll()
                                .requestMatchers(HttpMethod.GET, "/api/notifications/stream")
                                .permitAll()
                                .requestMatchers(HttpMethod.POST, "/api/notifications/unsubscribe")
                                .permitAll()
                                .requestMatchers("/api/notifications/mails/**")
                                .hasRole(PublicPaths.ADMIN_ROLE)
                                .anyRequest()
                                .authenticated())
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties, JwtProperties jwt) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(JwtDefaults.validator(properties.issuer(), jwt.clockSkew()));
        return decoder;
    }
}
