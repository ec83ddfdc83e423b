package com.trustpay.devstack;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to run a stack.
 *
 * @param root the repository root (where the modules' {@code target/} folders are)
 * @param fixedPorts the ports of ARCHITECTURE §7 (devstack) or free random ports (system tests)
 * @param postgres where PostgreSQL answers, or is started embedded when it does not
 * @param databasePrefix each service's database is {@code <prefix><service>}
 * @param dropDatabasesOnClose system tests drop their databases; the devstack keeps its data
 * @param sandboxSpeed the sandbox's virtual-clock speed factor
 * @param services which services to start (only those whose jar exists are started)
 * @param env extra environment per service, on top of the wiring
 */
public record StackOptions(
        Path root,
        boolean fixedPorts,
        String postgres,
        String databasePrefix,
        boolean dropDatabasesOnClose,
        double sandboxSpeed,
        Path logDir,
        List<String> jvmOptions,
        Set<Service> services,
        Map<Service, Map<String, String>> env) {

    /** The devstack's defaults: well-known ports, databases {@code trustpay_<service>}, logs in .devstack/logs. */
    public static StackOptions devstack(Path root) {
        return new StackOptions(
                root,
                true,
                "127.0.0.1:5432",
                "trustpay_",
                false,
                1.0,
                root.resolve(".devstack/logs"),
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"),
                EnumSet.allOf(Service.class),
                new EnumMap<>(Service.class));
    }

    /** Isolated stacks for tests: random ports, fresh databases dropped at the end. */
    public static StackOptions isolated(Path root, Path logDir, String databasePrefix, double sandboxSpeed) {
        return new StackOptions(
                root,
                false,
                "127.0.0.1:5432",
                databasePrefix,
                true,
                sandboxSpeed,
                logDir,
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m"),
                EnumSet.allOf(Service.class),
                new EnumMap<>(Service.class));
    }

    public StackOptions withEnv(Service service, String name, String value) {
        Map<Service, Map<String, String>> copy = new EnumMap<>(Service.class);
        env.forEach((s, m) -> copy.put(s, new java.util.HashMap<>(m)));
        copy.computeIfAbsent(service, s -> new java.util.HashMap<>()).put(name, value);
        return new StackOptions(
                root,
                fixedPorts,
                postgres,
                databasePrefix,
                dropDatabasesOnClose,
                sandboxSpeed,
                logDir,
                jvmOptions,
                services,
                copy);
    }
}
