package com.trustpay.platform.web.readiness;

import java.util.List;

/**
 * What a service must not start with outside the sandbox profile ({@code trustpay.readiness.*}). Every entry names a
 * property (its relaxed name as in {@code application.yml}), never an environment variable, so the message points
 * at the setting that resolved to the bad value.
 *
 * @param requiredSecrets properties that must be set to a non-blank value
 * @param generatedKeys properties whose blank value makes the service generate a signing key for this process only
 * @param sandboxDefaults property values that are the sandbox's own and must never be in effect
 * @param providerUrls properties holding a provider's base URL: must be {@code https} and not the sandbox, a local
 *     or a loopback address
 * @param separateManagementPort whether actuator must be on a port of its own ({@code management.server.port} set
 *     and different from {@code server.port}), never on the API port
 */
public record ReadinessRules(
        List<String> requiredSecrets,
        List<String> generatedKeys,
        List<SandboxDefault> sandboxDefaults,
        List<String> providerUrls,
        boolean separateManagementPort) {

    /** Nothing to check: a service that declares no rules. */
    public static final ReadinessRules NONE = new ReadinessRules(null, null, null, null, false);

    public ReadinessRules {
        requiredSecrets = requiredSecrets == null ? List.of() : List.copyOf(requiredSecrets);
        generatedKeys = generatedKeys == null ? List.of() : List.copyOf(generatedKeys);
        sandboxDefaults = sandboxDefaults == null ? List.of() : List.copyOf(sandboxDefaults);
        providerUrls = providerUrls == null ? List.of() : List.copyOf(providerUrls);
    }

    /**
     * A value that only the sandbox uses.
     *
     * @param property the property that must not hold it
     * @param value the sandbox's value
     */
    public record SandboxDefault(String property, String value) {}
}
