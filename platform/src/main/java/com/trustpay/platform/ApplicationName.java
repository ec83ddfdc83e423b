package com.trustpay.platform;

import org.springframework.core.env.Environment;

/**
 * The service's own name, {@code spring.application.name}: the source of the alerts it raises and the consumer name
 * its processed messages are recorded under. Read from the configuration so that no class repeats it.
 */
public final class ApplicationName {

    public static final String PROPERTY = "spring.application.name";

    private ApplicationName() {}

    /** @throws IllegalStateException when the service has no name, rather than raising alerts from nobody */
    public static String of(Environment environment) {
        String name = environment.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException(PROPERTY + " must be set: it names this service as the source of its"
                    + " alerts and as the consumer of the messages it handles");
        }
        return name.strip();
    }
}
