package com.trustpay.platform.web.reactive;

import com.trustpay.platform.web.RequestLimitsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problems in a reactive application, with nothing to wire: the {@link ReactiveProblems} writer, the {@link
 * ProblemWebExceptionHandler} for every unanswered error, and with Spring Security the entry point, access-denied
 * handler and {@link ReactiveResourceServerDefaults}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(RequestLimitsProperties.class)
public class ReactiveProblemConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReactiveProblems reactiveProblems(ObjectProvider<JsonMapper> json) {
        return new ReactiveProblems(
                json.getIfAvailable(() -> JsonMapper.builder().build()));
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemWebExceptionHandler problemWebExceptionHandler(ReactiveProblems problems) {
        return new ProblemWebExceptionHandler(problems);
    }

    /** The public API's body limit, before anything reads or proxies the body. */
    @Bean
    @ConditionalOnMissingBean
    ReactiveBodySizeLimitFilter reactiveBodySizeLimitFilter(RequestLimitsProperties limits, ReactiveProblems problems) {
        return new ReactiveBodySizeLimitFilter(limits, problems);
    }

    /** Refused tokens and callers, where Spring Security guards the application. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(
            name = {
                "org.springframework.security.web.server.ServerAuthenticationEntryPoint",
                "org.springframework.security.config.web.server.ServerHttpSecurity",
                "org.springframework.security.oauth2.server.resource.InvalidBearerTokenException"
            })
    static class Security {

        @Bean
        @ConditionalOnMissingBean
        ReactiveProblemAuthenticationEntryPoint reactiveProblemAuthenticationEntryPoint(ReactiveProblems problems) {
            return new ReactiveProblemAuthenticationEntryPoint(problems);
        }

        @Bean
        @ConditionalOnMissingBean
        ReactiveProblemAccessDeniedHandler reactiveProblemAccessDeniedHandler(ReactiveProblems problems) {
            return new ReactiveProblemAccessDeniedHandler(problems);
        }

        @Bean
        @ConditionalOnMissingBean
        ReactiveResourceServerDefaults reactiveResourceServerDefaults(
                ReactiveProblemAuthenticationEntryPoint entryPoint, ReactiveProblemAccessDeniedHandler accessDenied) {
            return new ReactiveResourceServerDefaults(entryPoint, accessDenied);
        }
    }
}
