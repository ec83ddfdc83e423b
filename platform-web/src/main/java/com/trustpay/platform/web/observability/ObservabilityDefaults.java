package com.trustpay.platform.web.observability;

import com.trustpay.platform.web.readiness.ProductionReadiness;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Tracing and logging defaults every service shares (ADR 0015), added as the lowest-precedence property source so
 * that a service's {@code application.yml}, a profile or an environment variable still overrides each of them:
 *
 * <ul>
 *   <li>Kafka producer and listener observations on, so a record carries the sender's trace context and its
 *       listener continues that trace;
 *   <li>spans reported to Zipkin only when an endpoint is set ({@code ZIPKIN_ENDPOINT} or
 *       {@code management.tracing.export.zipkin.endpoint}); without one, Boot's default {@code localhost:9411}
 *       would be tried and fail on every batch, so export is switched off instead;
 *   <li>sampling: everything in the sandbox profile (devstack, docker-compose, tests), 10 % elsewhere
 *       ({@code MANAGEMENT_TRACING_SAMPLING_PROBABILITY} overrides);
 *   <li>logs as ECS JSON on the console (trace id, span id and the MDC's {@code escrowId} in every line) outside
 *       the sandbox profile; in the sandbox they stay human-readable unless
 *       {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} is set.
 * </ul>
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE = "trustpayObservabilityDefaults";
    static final String ZIPKIN_ENDPOINT = "management.tracing.export.zipkin.endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean sandbox = environment.acceptsProfiles(Profiles.of(ProductionReadiness.SANDBOX_PROFILE));
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.kafka.template.observation-enabled", "true");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        defaults.put("management.tracing.sampling.probability", sandbox ? "1.0" : "0.1");
        String endpoint = environment.getProperty(ZIPKIN_ENDPOINT);
        if (endpoint == null || endpoint.isBlank()) {
            endpoint = environment.getProperty("ZIPKIN_ENDPOINT");
        }
        if (endpoint == null || endpoint.isBlank()) {
            defaults.put("management.tracing.export.zipkin.enabled", "false");
        } else {
            defaults.put(ZIPKIN_ENDPOINT, endpoint);
        }
        if (!sandbox) {
            defaults.put("logging.structured.format.console", "ecs");
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
    }

    /** After the configuration data, so that the active profiles and the services' own settings are known. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
