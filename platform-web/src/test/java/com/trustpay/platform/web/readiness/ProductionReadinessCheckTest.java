package com.trustpay.platform.web.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class ProductionReadinessCheckTest {

    private final ProductionReadinessCheck check = new ProductionReadinessCheck();

    private static MockEnvironment declaring() {
        return new MockEnvironment()
                .withProperty("spring.application.name", "payment-service")
                .withProperty("trustpay.readiness.required-secrets[0]", "payment.setu.client-secret")
                .withProperty("trustpay.readiness.sandbox-defaults[0].property", "payment.payout.key-id")
                .withProperty("trustpay.readiness.sandbox-defaults[0].value", "rzp_test_sandbox")
                .withProperty("trustpay.readiness.provider-urls[0]", "payment.setu.base-url")
                .withProperty("payment.payout.key-id", "rzp_test_sandbox")
                .withProperty("payment.setu.base-url", "http://127.0.0.1:8089");
    }

    @Test
    void withoutTheSandboxProfileTheApplicationRefusesToStartNamingEveryProperty() {
        ProductionReadinessException refusal = catchThrowableOfType(
                ProductionReadinessException.class,
                () -> check.postProcessEnvironment(declaring(), new SpringApplication()));

        assertThat(refusal.findings()).hasSize(3);
        assertThat(refusal.getMessage())
                .startsWith("payment-service refuses to start")
                .contains("payment.setu.client-secret is empty")
                .contains("payment.payout.key-id has the sandbox's default value")
                .contains("payment.setu.base-url points at a local address (http://127.0.0.1:8089)")
                .contains("SPRING_PROFILES_ACTIVE=sandbox");
    }

    @Test
    void theSandboxProfileAllowsTheSandboxDefaults() {
        MockEnvironment config = declaring();
        config.setActiveProfiles("sandbox");

        assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(config, new SpringApplication()));
    }

    @Test
    void anApplicationThatDeclaresNothingStarts() {
        assertThatNoException()
                .isThrownBy(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()));
    }

    @Test
    void theRefusalIsReportedAsAFailureAnalysis() {
        ProductionReadinessException refusal =
                new ProductionReadinessException("escrow-service", java.util.List.of("a.b is empty"));

        FailureAnalysis analysis = new ProductionReadinessFailureAnalyzer().analyze(new RuntimeException(refusal));

        assertThat(analysis.getDescription()).contains("a.b is empty");
        assertThat(analysis.getAction()).contains("SPRING_PROFILES_ACTIVE=sandbox");
    }
}
