package com.trustpay.escrow.shared.web;

import com.trustpay.platform.web.servlet.ResourceServerDefaults;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. platform-web's resource-server defaults open register, login, the JWKS document, the OpenAPI
 * document and health, keep {@code /api/admin/**} for the ADMIN role, read roles from the token's {@code roles}
 * claim and answer refusals as problems; here the error page and Prometheus are opened too, and every other path
 * needs a valid bearer token. The same chain guards the management port: actuator lives only there
 * ({@code management.server.port}), so {@code /actuator/prometheus} is served for scraping on that port and is a 404
 * on the API port.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ResourceServerDefaults defaults) throws Exception {
        return defaults.apply(http, requests -> requests.requestMatchers("/actuator/prometheus", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .build();
    }
}
