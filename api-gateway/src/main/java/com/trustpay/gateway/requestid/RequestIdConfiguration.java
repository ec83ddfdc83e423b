package com.trustpay.gateway.requestid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.WebFilter;

/** Request ids and the access log, ahead of every other filter (security included). */
@Configuration(proxyBeanMethods = false)
class RequestIdConfiguration {

    /** Ahead of Spring Security's chain (order -100) and the rate limits. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Bean
    @Order(ORDER)
    WebFilter requestIdWebFilter() {
        return new RequestIdWebFilter();
    }

    @Bean
    @Order(ORDER + 1)
    WebFilter accessLogWebFilter() {
        return new AccessLogWebFilter();
    }
}
