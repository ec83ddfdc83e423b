package com.trustpay.platform.web.readiness;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal as Spring Boot's "APPLICATION FAILED TO START" report instead of a stack trace. */
public class ProductionReadinessFailureAnalyzer extends AbstractFailureAnalyzer<ProductionReadinessException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionReadinessException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Give every listed property its production value (Kubernetes Secrets, deploy/README.md), or run"
                        + " with SPRING_PROFILES_ACTIVE=sandbox against the sandbox.",
                cause);
    }
}
