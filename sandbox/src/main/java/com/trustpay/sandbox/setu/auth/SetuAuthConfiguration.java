package com.trustpay.sandbox.setu.auth;

import com.trustpay.sandbox.setu.common.SetuProperties;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the JWT service (a fresh random signing key per process) and the merchant-API auth check. */
@Configuration(proxyBeanMethods = false)
class SetuAuthConfiguration implements WebMvcConfigurer {

    private final JwtService jwt;

    SetuAuthConfiguration(SetuProperties props) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.jwt = new JwtService(key, Clock.systemUTC(), props.tokenTtl());
    }

    @Bean
    JwtService jwtService() {
        return jwt;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MerchantAuthInterceptor(jwt))
                .addPathPatterns("/api/**")
                .excludePathPatterns("/api/v1/resolve/**");
    }
}
