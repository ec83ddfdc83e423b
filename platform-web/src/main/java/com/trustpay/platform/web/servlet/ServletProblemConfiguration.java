package com.trustpay.platform.web.servlet;

import com.trustpay.platform.web.RequestLimitsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problems in a servlet service, with nothing to wire: the {@link ServletProblems} writer for filters and
 * servlets, and in a servlet web application the {@link ProblemHandler} advice and the {@code /error} {@link
 * ProblemErrorController} (with Spring MVC) and the entry point, access-denied handler and {@link
 * ResourceServerDefaults} (with Spring Security); Spring MVC reads bodies strictly ({@link StrictJsonRequests}), and
 * the public API's body limit and the {@code Idempotency-Key} check run before anything reads the request. The writer is there whenever the servlet API is, because servlet
 * and filter registrations are defined even when a test starts the application without a web server.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnClass(name = "jakarta.servlet.http.HttpServletResponse")
public class ServletProblemConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServletProblems servletProblems(ObjectProvider<JsonMapper> json) {
        return new ServletProblems(
                json.getIfAvailable(() -> JsonMapper.builder().build()));
    }

    /** Controller errors and the error page, where Spring MVC serves requests. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(
            name = {
                "org.springframework.web.servlet.DispatcherServlet",
                "org.springframework.boot.webmvc.error.ErrorController"
            })
    static class Mvc {

        @Bean
        @ConditionalOnMissingBean
        ProblemHandler problemHandler() {
            return new ProblemHandler();
        }

        @Bean
        @ConditionalOnMissingBean(type = "org.springframework.boot.webmvc.error.ErrorController")
        ProblemErrorController problemErrorController() {
            return new ProblemErrorController();
        }

        @Bean
        @ConditionalOnClass(
                name = "org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer")
        StrictJsonRequests strictJsonRequests(ObjectProvider<JsonMapper> json) {
            return new StrictJsonRequests(
                    json.getIfAvailable(() -> JsonMapper.builder().build()));
        }
    }

    /** The body limit of the public API and the Idempotency-Key check, before anything reads the request. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @EnableConfigurationProperties(RequestLimitsProperties.class)
    static class Limits {

        /** Before Spring Security's filters (order -100), after a request id or trace filter. */
        static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

        @Bean
        FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
                RequestLimitsProperties limits, ServletProblems problems) {
            FilterRegistrationBean<BodySizeLimitFilter> registration =
                    new FilterRegistrationBean<>(new BodySizeLimitFilter(limits, problems));
            registration.setOrder(ORDER);
            return registration;
        }

        @Bean
        FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(ServletProblems problems) {
            FilterRegistrationBean<IdempotencyKeyFilter> registration =
                    new FilterRegistrationBean<>(new IdempotencyKeyFilter(problems));
            registration.setOrder(ORDER + 1);
            return registration;
        }
    }

    /** Refused tokens and callers, where Spring Security guards the service. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(
            name = {
                "org.springframework.security.web.AuthenticationEntryPoint",
                "org.springframework.security.oauth2.server.resource.InvalidBearerTokenException"
            })
    static class Security {

        @Bean
        @ConditionalOnMissingBean
        ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ServletProblems problems) {
            return new ProblemAuthenticationEntryPoint(problems);
        }

        @Bean
        @ConditionalOnMissingBean
        ProblemAccessDeniedHandler problemAccessDeniedHandler(ServletProblems problems) {
            return new ProblemAccessDeniedHandler(problems);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnClass(name = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
        ResourceServerDefaults resourceServerDefaults(
                ProblemAuthenticationEntryPoint entryPoint, ProblemAccessDeniedHandler accessDenied) {
            return new ResourceServerDefaults(entryPoint, accessDenied);
        }
    }
}
