package com.trustpay.platform.web.readiness;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.PropertyResolver;

/**
 * Checks a resolved configuration against a service's {@link ReadinessRules} and names every offending property.
 * Values are never put in the findings (they may be secrets), except provider URLs, which are not.
 */
public final class ProductionReadiness {

    /** The profile under which sandbox defaults are allowed and nothing is checked. */
    public static final String SANDBOX_PROFILE = "sandbox";

    private ProductionReadiness() {}

    /** Every finding, one line per offending property, in the order of the rules; empty when ready. */
    public static List<String> findings(ReadinessRules rules, PropertyResolver config) {
        List<String> findings = new ArrayList<>();
        for (String rule : rules.requiredSecrets()) {
            String property = applying(rule, config);
            if (property != null && isBlank(config.getProperty(property))) {
                findings.add(property + " is empty: set it to the real secret");
            }
        }
        for (String property : rules.generatedKeys()) {
            if (isBlank(config.getProperty(property))) {
                findings.add(property + " is empty: a signing key would be generated for this process only");
            }
        }
        for (ReadinessRules.SandboxDefault forbidden : rules.sandboxDefaults()) {
            String value = config.getProperty(forbidden.property());
            if (value != null && value.strip().equalsIgnoreCase(forbidden.value())) {
                findings.add(forbidden.property() + " has the sandbox's default value");
            }
        }
        for (ReadinessRules.FixedDefault fixed : rules.fixedDefaults()) {
            String value = config.getProperty(fixed.property());
            if (value != null && !value.strip().equalsIgnoreCase(fixed.value().strip())) {
                findings.add(fixed.property() + " may differ from its default (" + fixed.value()
                        + ") only in the sandbox profile");
            }
        }
        providerUrlFindings(rules, config, findings);
        for (ReadinessRules.DataKeyRing ring : rules.dataKeys()) {
            DataKeyReadiness.findings(ring, config, findings);
        }
        if (rules.separateManagementPort()) {
            managementPortFinding(config, findings);
        }
        return findings;
    }

    /**
     * The property a rule names, or null when the rule does not apply: {@code "a.b when c.d=x"} applies only while
     * {@code c.d} is {@code x} (ignoring case), for settings of one provider among several (the payout provider).
     */
    static String applying(String rule, PropertyResolver config) {
        int when = rule.indexOf(" when ");
        if (when < 0) {
            return rule.strip();
        }
        String[] condition = rule.substring(when + " when ".length()).split("=", 2);
        if (condition.length != 2) {
            throw new IllegalArgumentException(
                    "readiness rule '" + rule + "' must read '<property> when <property>=<value>'");
        }
        String actual = config.getProperty(condition[0].strip());
        return actual != null && actual.strip().equalsIgnoreCase(condition[1].strip())
                ? rule.substring(0, when).strip()
                : null;
    }

    private static void providerUrlFindings(ReadinessRules rules, PropertyResolver config, List<String> findings) {
        for (String rule : rules.providerUrls()) {
            String property = applying(rule, config);
            if (property == null) {
                continue;
            }
            String problem = urlProblem(config.getProperty(property));
            if (problem != null) {
                findings.add(property + " " + problem);
            }
        }
    }

    /** Actuator on the API port would serve Prometheus (and whatever else is exposed) to the API's callers. */
    private static void managementPortFinding(PropertyResolver config, List<String> findings) {
        String management = config.getProperty("management.server.port");
        String server = config.getProperty("server.port", "8080");
        if (isBlank(management)) {
            findings.add("management.server.port is not set: actuator must have a port of its own");
        } else if (management.strip().equals(server.strip())) {
            findings.add("management.server.port is the API port: actuator must have a port of its own");
        }
    }

    /** Why a provider URL is not one to use for real money, or null when it is fine. */
    static String urlProblem(String url) {
        if (isBlank(url)) {
            return "is empty: set the provider's URL";
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return "is not a URL (" + url + ")";
        }
        String host = uri.getHost();
        if (host == null) {
            return "has no host (" + url + ")";
        }
        if (isLocal(host)) {
            return "points at a local address (" + url + "), the sandbox's place";
        }
        if (isSandboxHost(host)) {
            return "points at a sandbox host (" + url + ")";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return "is not https (" + url + ")";
        }
        return null;
    }

    /** A host with a {@code sandbox} or {@code uat} label part: Setu's UAT host, our sandbox's service name. */
    private static boolean isSandboxHost(String host) {
        for (String part : host.toLowerCase(Locale.ROOT).split("[.-]")) {
            if (part.equals(SANDBOX_PROFILE) || part.equals("uat")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLocal(String host) {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (name.equalsIgnoreCase("localhost") || name.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
            return true;
        }
        if (!looksLikeAddress(name)) {
            return false;
        }
        try {
            // A literal: getByName parses it without asking DNS.
            InetAddress address = InetAddress.getByName(name);
            return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A literal address (never resolved: the check must not depend on DNS). */
    private static boolean looksLikeAddress(String name) {
        return name.contains(":") || name.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
