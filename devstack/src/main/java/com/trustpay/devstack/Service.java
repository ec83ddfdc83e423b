package com.trustpay.devstack;

/**
 * The processes the devstack runs, with their default ports (ARCHITECTURE §7) and readiness paths. Every service
 * with an actuator serves it on a management port of its own, its API port + 1000 by default (8081 → 9081); the
 * sandbox has none and is probed on its API port.
 */
public enum Service {
    SANDBOX("sandbox", 8089, "/sandbox/faults", null),
    ESCROW("escrow-service", 8081, "/actuator/health/readiness", "escrow"),
    PAYMENT("payment-service", 8082, "/actuator/health/readiness", "payment"),
    WEBHOOK("webhook-ingest", 8083, "/actuator/health/readiness", "webhook"),
    NOTIFICATION("notification-service", 8084, "/actuator/health/readiness", "notification"),
    RECONCILIATION("reconciliation-service", 8085, "/actuator/health/readiness", "reconciliation"),
    GATEWAY("api-gateway", 8080, "/actuator/health/readiness", null);

    private final String module;
    private final int defaultPort;
    private final String readinessPath;
    private final String database;

    Service(String module, int defaultPort, String readinessPath, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.readinessPath = readinessPath;
        this.database = database;
    }

    /** The Maven module (and jar name) of the service. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Whether the readiness path is on the management port (the services) rather than the API port (the sandbox). */
    public boolean hasManagementPort() {
        return readinessPath.startsWith("/actuator/");
    }

    /** The default management port: the API port + 1000. */
    public int defaultManagementPort() {
        return defaultPort + 1000;
    }

    public String readinessPath() {
        return readinessPath;
    }

    /** The short name of the service's own database, or {@code null} if it keeps none. */
    public String database() {
        return database;
    }
}
