package com.trustpay.testsupport.readiness;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Runs an application's start only as far as its loaded configuration (no bean, no database, no Kafka), without
 * the {@code sandbox} profile, with the given command-line arguments on top of its {@code application.yml}.
 */
public final class ProductionStart {

    private static final String REFUSAL = "com.trustpay.platform.web.readiness.ProductionReadinessException";

    private ProductionStart() {}

    /** The message with which the application refuses to start; fails the test when it does not refuse. */
    public static String refusal(Class<?> application, String... args) {
        Throwable failure = start(application, args);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals(REFUSAL)) {
                return t.getMessage();
            }
        }
        throw new AssertionError(application.getSimpleName() + " did not refuse to start", failure);
    }

    /** Fails the test unless the configuration gets past the readiness check. */
    public static void passes(Class<?> application, String... args) {
        Throwable failure = start(application, args);
        if (!(failure instanceof ConfigurationLoaded)) {
            throw new AssertionError(application.getSimpleName() + " refused to start", failure);
        }
    }

    private static Throwable start(Class<?> application, String... args) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        AtomicReference<ConfigurableEnvironment> loaded = new AtomicReference<>();
        app.addListeners(new StopOnceLoaded(loaded));
        try {
            app.run(args).close();
            throw new AssertionError("the start was not stopped after loading the configuration");
        } catch (RuntimeException failure) {
            ConfigurableEnvironment environment = loaded.get();
            if (environment != null && environment.acceptsProfiles(Profiles.of("sandbox"))) {
                throw new AssertionError("the sandbox profile is active in this JVM (SPRING_PROFILES_ACTIVE?)");
            }
            return failure;
        }
    }

    /** Thrown once the configuration is loaded and every post-processor (the check among them) has run. */
    private static final class ConfigurationLoaded extends RuntimeException {
        ConfigurationLoaded() {
            super("configuration loaded and checked; start stopped here on purpose", null, false, false);
        }
    }

    private record StopOnceLoaded(AtomicReference<ConfigurableEnvironment> loaded)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            loaded.set(event.getEnvironment());
            throw new ConfigurationLoaded();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
