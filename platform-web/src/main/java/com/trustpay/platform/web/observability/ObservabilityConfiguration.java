package com.trustpay.platform.web.observability;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** The {@code escrowId} MDC entry for servlet services (the tracing itself is Boot's, see {@link ObservabilityDefaults}). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.filter.OncePerRequestFilter")
public class ObservabilityConfiguration {

    @Bean
    FilterRegistrationBean<EscrowIdMdcFilter> escrowIdMdcFilter(ObjectProvider<Tracer> tracer) {
        FilterRegistrationBean<EscrowIdMdcFilter> registration =
                new FilterRegistrationBean<>(new EscrowIdMdcFilter(tracer.getIfAvailable(() -> Tracer.NOOP)));
        // After the tracing filter (Boot's ServerHttpObservationFilter runs at HIGHEST_PRECEDENCE + 1).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
