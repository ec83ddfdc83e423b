package com.trustpay.payment.internal;

import com.trustpay.payment.internal.persistence.TransactionsQuery;
import com.trustpay.payment.internal.web.InternalAccessFilter;
import com.trustpay.platform.web.servlet.ServletProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires the internal read API's query and the {@code /internal/**} access filter ({@code payment.internal.token},
 * env {@code PAYMENT_INTERNAL_TOKEN}).
 */
@Configuration(proxyBeanMethods = false)
class InternalConfiguration {

    @Bean
    TransactionsQuery transactionsQuery(JdbcTemplate jdbc) {
        return new TransactionsQuery(jdbc);
    }

    @Bean
    FilterRegistrationBean<InternalAccessFilter> internalAccessFilter(
            @Value("${payment.internal.token:}") String token, ServletProblems problems) {
        FilterRegistrationBean<InternalAccessFilter> bean =
                new FilterRegistrationBean<>(new InternalAccessFilter(token, problems));
        bean.addUrlPatterns("/internal/*");
        return bean;
    }
}
