package com.trustpay.sandbox.faults;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wires the live fault settings and the servlet filter that applies them. */
@Configuration(proxyBeanMethods = false)
class FaultsConfiguration {

    @Bean
    FaultSettings faultSettings(FaultProperties props) {
        return new FaultSettings(props.toFaults());
    }

    @Bean
    FilterRegistrationBean<FaultFilter> faultFilter(FaultSettings settings) {
        FilterRegistrationBean<FaultFilter> bean = new FilterRegistrationBean<>(new FaultFilter(settings));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return bean;
    }
}
