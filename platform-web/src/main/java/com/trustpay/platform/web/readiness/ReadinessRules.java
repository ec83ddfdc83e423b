package com.trustpay.platform.web.readiness;

import java.util.List;

/**
 * What a service must not start with outside the sandbox profile ({@code trustpay.readiness.*}). Every entry names a
 * property (its relaxed name as in {@code application.yml}), never an environment variable, so the message points
 * at the setting that resolved to the bad value.
 *
 * @param requiredSecrets properties that must be set to a non-blank value; an entry {@code "<property> when
 *     <other>=<value>"} only while {@code <other>} has that value (one provider's settings among several)
 * @param generatedKeys properties whose blank value makes the service generate a signing key for this process only
 * @param sandboxDefaults property values that are the sandbox's own and must never be in effect
 * @param providerUrls properties holding a provider's base URL: must be {@code https} and not the sandbox, a local
 *     or a loopback address ({@code when} as for required secrets)
 * @param separateManagementPort whether actuator must be on a port of its own ({@code management.server.port} set
 *     and different from {@code server.port}), never on the API port
 * @param dataKeys key rings for data encrypted at rest (ADR 0020): each must hold only AES-256 keys that are not the
 *     sandbox's, and name an active key it holds
 * @param fixedDefaults properties only the sandbox may change (a test clock's speed, say): outside it each must be
 *     unset or hold exactly its default
 */
public record ReadinessRules(
        List<String> requiredSecrets,
        List<String> generatedKeys,
        List<SandboxDefault> sandboxDefaults,
        List<String> providerUrls,
        boolean separateManagementPort,
        List<DataKeyRing> dataKeys,
        List<FixedDefault> fixedDefaults) {

    /** Nothing to check: a service that declares no rules. */
    public static final ReadinessRules NONE = new ReadinessRules(null, null, null, null, false, null, null);

    public ReadinessRules {
        requiredSecrets = requiredSecrets == null ? List.of() : List.copyOf(requiredSecrets);
        generatedKeys = generatedKeys == null ? List.of() : List.copyOf(generatedKeys);
        sandboxDefaults = sandboxDefaults == null ? List.of() : List.copyOf(sandboxDefaults);
        providerUrls = providerUrls == null ? List.of() : List.copyOf(providerUrls);
        dataKeys = dataKeys == null ? List.of() : List.copyOf(dataKeys);
        fixedDefaults = fixedDefaults == null ? List.of() : List.copyOf(fixedDefaults);
    }

    /**
     * A value that only the sandbox uses.
     *
     * @param property the property that must not hold it
     * @param value the sandbox's value
     */
    public record SandboxDefault(String property, String value) {}

    /**
     * A property that must keep its default outside the sandbox.
     *
     * @param property the property
     * @param value its default, compared as written (ignoring case and surrounding blanks): {@code 1d}, not
     *     {@code 24h}
     */
    public record FixedDefault(String property, String value) {}

    /**
     * A ring of data keys, {@code "k2:<base64 of 32 bytes>,k1:<base64>"}, and the property naming its active key.
     *
     * @param keys the property holding the ring, e.g. {@code trustpay.crypto.keys}
     * @param active the property holding the active key's id, e.g. {@code trustpay.crypto.active-key}
     * @param sandboxKeys the sandbox's own keys (base64), refused under any id; ids beginning with {@code sandbox}
     *     are refused as well
     */
    public record DataKeyRing(String keys, String active, List<String> sandboxKeys) {

        public DataKeyRing {
            sandboxKeys = sandboxKeys == null ? List.of() : List.copyOf(sandboxKeys);
        }
    }
}
