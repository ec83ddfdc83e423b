package com.trustpay.reconciliation.shared.web;

import com.trustpay.platform.web.security.JwtDefaults;
import com.trustpay.platform.web.security.JwtProperties;
import com.trustpay.platform.web.servlet.ResourceServerDefaults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. platform-web's resource-server defaults keep {@code /api/admin/**} (all of this service's API)
 * for the ADMIN role and answer refusals as problems; tokens are escrow-service's, verified with the keys it
 * publishes ({@code trustpay.security.jwk-set-uri}, fetched on first use, so the service starts without it).
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ResourceServerDefaults defaults) throws Exception {
        return defaults.apply(
                        http, requests -> requests.requestMatchers("/actuator/info", "/actuator/prometheus", "/error")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(
            @Value("${trustpay.security.jwk-set-uri}") String jwkSetUri,
            @Value("${trustpay.security.issuer:}") String issuer,
            JwtProperties jwt) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setJwtValidator(JwtDefaults.validator(issuer, jwt.clockSkew()));
        return decoder;
    }
}
