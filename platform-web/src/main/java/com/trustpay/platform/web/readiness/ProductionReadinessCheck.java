package com.trustpay.platform.web.readiness;

import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Runs {@link ProductionReadiness} once the configuration is loaded (profiles, {@code application-*.yml}, the
 * environment), before any bean exists: an application that would run on sandbox defaults stops before it opens a
 * connection, migrates a database or takes a message. Registered for every application that has platform-web.
 */
public class ProductionReadinessCheck implements EnvironmentPostProcessor, Ordered {

    /** Where a service lists its rules. */
    public static final String PREFIX = "trustpay.readiness";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(ProductionReadiness.SANDBOX_PROFILE))) {
            return;
        }
        ReadinessRules rules = Binder.get(environment)
                .bind(PREFIX, Bindable.of(ReadinessRules.class))
                .orElse(ReadinessRules.NONE);
        List<String> findings = ProductionReadiness.findings(rules, environment);
        if (!findings.isEmpty()) {
            throw new ProductionReadinessException(
                    environment.getProperty("spring.application.name", "the application"), findings);
        }
    }

    /** After the configuration data and every other post-processor have had their say. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
