package com.trustpay.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.platform.web.reactive.ProblemWebExceptionHandler;
import com.trustpay.platform.web.reactive.ReactiveProblemAuthenticationEntryPoint;
import com.trustpay.platform.web.reactive.ReactiveProblemConfiguration;
import com.trustpay.platform.web.reactive.ReactiveProblems;
import com.trustpay.platform.web.reactive.ReactiveResourceServerDefaults;
import com.trustpay.platform.web.security.JwtDefaultsConfiguration;
import com.trustpay.platform.web.security.JwtProperties;
import com.trustpay.platform.web.servlet.ProblemAuthenticationEntryPoint;
import com.trustpay.platform.web.servlet.ProblemErrorController;
import com.trustpay.platform.web.servlet.ProblemHandler;
import com.trustpay.platform.web.servlet.ResourceServerDefaults;
import com.trustpay.platform.web.servlet.ServletProblemConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** Each web stack gets its own side of platform-web, and nothing else. */
class PlatformWebAutoConfigurationTest {

    private static final AutoConfigurations ALL = AutoConfigurations.of(
            JacksonAutoConfiguration.class,
            ServletProblemConfiguration.class,
            ReactiveProblemConfiguration.class,
            JwtDefaultsConfiguration.class);

    @Test
    void aServletServiceGetsTheServletSide() {
        new WebApplicationContextRunner().withConfiguration(ALL).run(context -> {
            assertThat(context).hasSingleBean(com.trustpay.platform.web.servlet.ServletProblems.class);
            assertThat(context).hasSingleBean(ProblemHandler.class);
            assertThat(context).hasSingleBean(ProblemErrorController.class);
            assertThat(context).hasSingleBean(ProblemAuthenticationEntryPoint.class);
            assertThat(context).hasSingleBean(ResourceServerDefaults.class);
            assertThat(context).hasSingleBean(com.trustpay.platform.web.servlet.StrictJsonRequests.class);
            assertThat(context).hasBean("bodySizeLimitFilter").hasBean("idempotencyKeyFilter");
            assertThat(context.getBean(RequestLimitsProperties.class).maxBodySize())
                    .isEqualTo(org.springframework.util.unit.DataSize.ofKilobytes(64));
            assertThat(context).doesNotHaveBean(ReactiveProblems.class);
        });
    }

    @Test
    void theReactiveGatewayGetsTheReactiveSide() {
        new ReactiveWebApplicationContextRunner().withConfiguration(ALL).run(context -> {
            assertThat(context).hasSingleBean(ReactiveProblems.class);
            assertThat(context).hasSingleBean(ProblemWebExceptionHandler.class);
            assertThat(context).hasSingleBean(ReactiveProblemAuthenticationEntryPoint.class);
            assertThat(context).hasSingleBean(ReactiveResourceServerDefaults.class);
            assertThat(context).hasSingleBean(com.trustpay.platform.web.reactive.ReactiveBodySizeLimitFilter.class);
            assertThat(context).doesNotHaveBean(ProblemHandler.class);
        });
    }

    @Test
    void withoutAWebServerOnlyTheServletWriterIsThereForTheServletRegistrations() {
        new ApplicationContextRunner().withConfiguration(ALL).run(context -> {
            assertThat(context).hasSingleBean(com.trustpay.platform.web.servlet.ServletProblems.class);
            assertThat(context).doesNotHaveBean(ProblemHandler.class);
            assertThat(context).doesNotHaveBean(ProblemAuthenticationEntryPoint.class);
            assertThat(context).doesNotHaveBean(ReactiveProblems.class);
        });
    }

    @Test
    void theClockSkewIsThirtySecondsUnlessConfigured() {
        new ApplicationContextRunner().withConfiguration(ALL).run(context -> assertThat(
                        context.getBean(JwtProperties.class).clockSkew())
                .isEqualTo(Duration.ofSeconds(30)));
        new ApplicationContextRunner()
                .withConfiguration(ALL)
                .withPropertyValues("trustpay.jwt.clock-skew=5s")
                .run(context -> assertThat(context.getBean(JwtProperties.class).clockSkew())
                        .isEqualTo(Duration.ofSeconds(5)));
    }
}
