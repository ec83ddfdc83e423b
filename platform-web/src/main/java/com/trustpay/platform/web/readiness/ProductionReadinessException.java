package com.trustpay.platform.web.readiness;

import java.util.List;

/** Thrown at start when the application is not in the sandbox profile and its configuration is not fit for money. */
public class ProductionReadinessException extends IllegalStateException {

    private final List<String> findings;

    public ProductionReadinessException(String application, List<String> findings) {
        super(message(application, findings));
        this.findings = List.copyOf(findings);
    }

    /** One line per offending property. */
    public List<String> findings() {
        return findings;
    }

    private static String message(String application, List<String> findings) {
        return application + " refuses to start: it runs without the '" + ProductionReadiness.SANDBOX_PROFILE
                + "' profile, so sandbox defaults are not allowed, but " + findings.size()
                + (findings.size() == 1 ? " setting is" : " settings are") + " not fit for production:\n  - "
                + String.join("\n  - ", findings)
                + "\nSet the real values, or start with SPRING_PROFILES_ACTIVE=sandbox for local runs and tests.";
    }
}
