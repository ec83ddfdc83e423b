package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.deploy.Workload.EnvSource;
import com.trustpay.deploy.Workload.Literal;
import com.trustpay.deploy.Workload.SecretKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Production starts: every property a service's production-readiness check requires ({@code trustpay.readiness} in
 * its {@code application.yml}, ADR 0009) is set in the prod overlay from a Secret, and every provider URL it sets is
 * a real one. Otherwise the service would refuse to start there.
 */
class ReadinessRulesTest {

    private static final List<String> SERVICES = List.of(
            "escrow-service",
            "payment-service",
            "webhook-ingest",
            "api-gateway",
            "notification-service",
            "reconciliation-service");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):[^}]*}");

    private final Manifests prod = Manifests.overlay("prod");

    @Test
    void everyRequiredSecretIsSetFromASecretInProduction() {
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (String service : SERVICES) {
            Map<String, Object> config = applicationYml(service);
            Map<String, EnvSource> env = prod.workload(service).env();
            List<String> secrets = new ArrayList<>(rules(config, "required-secrets"));
            secrets.addAll(rules(config, "generated-keys"));
            for (String rule : secrets) {
                String property = applying(config, env, rule);
                if (property == null) {
                    continue;
                }
                String variable = variableOf(config, property);
                soft.assertThat(variable)
                        .as("%s %s names no variable", service, property)
                        .isNotNull();
                soft.assertThat(env.get(variable))
                        .as("%s %s (%s)", service, property, variable)
                        .isInstanceOf(SecretKey.class);
                checked++;
            }
        }
        soft.assertAll();
        assertThat(checked).as("required secrets checked").isGreaterThanOrEqualTo(11);
    }

    @Test
    void everyProviderUrlSetInProductionIsARealOne() {
        Map<String, Object> config = applicationYml("payment-service");
        Map<String, EnvSource> env = prod.workload("payment-service").env();
        List<String> urls = rules(config, "provider-urls");
        assertThat(urls).isNotEmpty();
        for (String rule : urls) {
            String property = applying(config, env, rule);
            if (property == null) {
                continue;
            }
            String variable = variableOf(config, property);
            String value = valueInProduction(config, env, property);
            assertThat(value.toLowerCase(Locale.ROOT))
                    .as("%s (%s)", property, variable)
                    .startsWith("https://")
                    .doesNotContain("127.0.0.1", "localhost", "sandbox", "uat");
        }
    }

    /**
     * The property a rule names if it applies in production: {@code "<property> when <other>=<value>"} (one payout
     * provider's settings) applies only while {@code <other>} is that value there; null otherwise.
     */
    private static String applying(Map<String, Object> config, Map<String, EnvSource> env, String rule) {
        int when = rule.indexOf(" when ");
        if (when < 0) {
            return rule;
        }
        String[] condition = rule.substring(when + " when ".length()).split("=", 2);
        String actual = valueInProduction(config, env, condition[0].strip());
        return condition[1].strip().equalsIgnoreCase(actual)
                ? rule.substring(0, when).strip()
                : null;
    }

    /** The property's value in the prod overlay: its variable's literal there, else the yml's default. */
    private static String valueInProduction(Map<String, Object> config, Map<String, EnvSource> env, String property) {
        String variable = variableOf(config, property);
        return env.get(variable) instanceof Literal literal
                ? literal.value()
                : String.valueOf(lookup(config, property)).replaceAll("\\$\\{[A-Z0-9_]+:(.*)}", "$1");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> applicationYml(String service) {
        return new Yaml().load(Repository.read(service + "/src/main/resources/application.yml"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> rules(Map<String, Object> config, String list) {
        Object readiness = lookup(config, "trustpay.readiness." + list);
        return readiness instanceof List<?> items ? (List<String>) items : List.of();
    }

    /** The environment variable of the property's {@code ${VARIABLE:default}} placeholder. */
    private static String variableOf(Map<String, Object> config, String property) {
        Matcher placeholder = PLACEHOLDER.matcher(String.valueOf(lookup(config, property)));
        return placeholder.matches() ? placeholder.group(1) : null;
    }

    @SuppressWarnings("unchecked")
    private static Object lookup(Map<String, Object> config, String property) {
        Object node = config;
        for (String part : property.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = ((Map<String, Object>) map).get(part);
        }
        return node;
    }
}
