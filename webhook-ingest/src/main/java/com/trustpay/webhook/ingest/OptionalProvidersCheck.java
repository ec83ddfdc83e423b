package com.trustpay.webhook.ingest;

import com.trustpay.platform.web.readiness.ProductionReadiness;
import com.trustpay.platform.web.readiness.ProductionReadinessException;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The production-readiness check (ADR 0009) for what platform-web's list cannot say: a provider's credentials are
 * required only while it is enabled (ADR 0016). Outside the sandbox profile an enabled Razorpay, PhonePe or PayU
 * without its credentials, or a Standard Webhooks provider without a usable secret, stops the start before any bean
 * exists, with one line per provider. Registered in {@code META-INF/spring.factories}.
 */
public class OptionalProvidersCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(ProductionReadiness.SANDBOX_PROFILE))) {
            return;
        }
        IngestProperties properties;
        try {
            properties = Binder.get(environment)
                    .bind("webhook", Bindable.of(IngestProperties.class))
                    .orElse(null);
        } catch (BindException e) {
            // Reported, with Spring Boot's own message, when the properties bean is bound.
            return;
        }
        List<String> findings = properties == null ? List.of() : OptionalProviders.findings(properties);
        if (!findings.isEmpty()) {
            throw new ProductionReadinessException(
                    environment.getProperty("spring.application.name", "the application"), findings);
        }
    }

    /** Just before platform-web's check, once the configuration data is loaded. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
