package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Prometheus alert rules: promtool validates and unit-tests them; the CRD copy, the dashboard and the docs follow. */
class AlertRulesTest {

    private static final String RULES = "deploy/monitoring/rules/trustpay-alerts.yml";
    private static final String RULE_TESTS = "deploy/monitoring/rules/trustpay-alerts.test.yml";

    /** The metric names the rules use: the services' own meters and the Kafka Exporter's. */
    private static final Pattern METRIC = Pattern.compile("\\b((?:trustpay|webhook|kafka)_[a-z_]+)\\b");

    /** One per condition the suite alerts on: payments, webhooks, payouts, pending payments, dead letters, outbox. */
    private static final Set<String> ALERTS = Set.of(
            "TrustPayPaymentSuccessRateLow",
            "TrustPayWebhookVerificationFailureRateHigh",
            "TrustPayPayoutFailed",
            "TrustPayPaymentPendingTooLong",
            "TrustPayDeadLetters",
            "TrustPayOutboxLagHigh");

    @Test
    void promtoolAcceptsTheRules() {
        Tools.require("promtool", "prometheus");
        assertThat(Tools.output(List.of("promtool", "check", "rules", RULES)))
                .contains("SUCCESS: " + ALERTS.size() + " rules found");
    }

    @Test
    void theRulesPassTheirUnitTests() {
        Tools.require("promtool", "prometheus");
        assertThat(Tools.output(List.of("promtool", "test", "rules", RULE_TESTS)))
                .contains("SUCCESS");
    }

    @Test
    void thereIsOneRulePerAlertConditionAndEachIsUnitTested() {
        assertThat(alerts(rules())).containsExactlyInAnyOrderElementsOf(ALERTS);
        Set<String> tested = new TreeSet<>();
        for (Node test : Node.load(Repository.read(RULE_TESTS)).get("tests").items()) {
            for (Node alertTest : test.get("alert_rule_test").items()) {
                if (!alertTest.get("exp_alerts").items().isEmpty()) {
                    tested.add(alertTest.text("alertname"));
                }
            }
        }
        assertThat(tested).as("alerts with a firing test case").containsExactlyInAnyOrderElementsOf(ALERTS);
    }

    @Test
    void thePrometheusRuleResourceCarriesExactlyTheseRules() {
        Node resource = Node.load(Repository.read("deploy/monitoring/prometheusrule.yaml"));
        assertThat(resource.text("kind")).isEqualTo("PrometheusRule");
        assertThat(resource.get("spec", "groups").value())
                .isEqualTo(rules().get("groups").value());
    }

    @Test
    void theDashboardHasAPanelForEachAlertOnTheSameMetrics() {
        Node dashboard = Node.load(Repository.read("deploy/monitoring/grafana/trustpay-dashboard.json"));
        List<Node> panels = dashboard.get("panels").items();
        for (Node rule : rules(rules())) {
            String alert = rule.text("alert");
            List<Node> shown = panels.stream()
                    .filter(p -> p.text("description").contains("Alert: " + alert + "."))
                    .toList();
            assertThat(shown).as("panel of %s", alert).hasSize(1);
            Set<String> panelMetrics = new TreeSet<>();
            shown.get(0).get("targets").items().forEach(t -> panelMetrics.addAll(metrics(t.text("expr"))));
            assertThat(panelMetrics).as("metrics of the %s panel", alert).isEqualTo(metrics(rule.text("expr")));
        }
    }

    @Test
    void everyMetricTheRulesReadIsDocumentedForTheServicesToEmit() {
        String readme = Repository.read("deploy/README.md");
        for (Node rule : rules(rules())) {
            assertThat(metrics(rule.text("expr")))
                    .as("metrics of %s listed in deploy/README.md", rule.text("alert"))
                    .allSatisfy(metric -> assertThat(readme).contains("`" + metric + "`"));
        }
    }

    private static Node rules() {
        return Node.load(Repository.read(RULES));
    }

    private static List<Node> rules(Node file) {
        return file.get("groups").items().stream()
                .flatMap(group -> group.get("rules").items().stream())
                .toList();
    }

    private static Set<String> alerts(Node file) {
        Set<String> alerts = new TreeSet<>();
        rules(file).forEach(rule -> alerts.add(rule.text("alert")));
        return alerts;
    }

    private static Set<String> metrics(String expression) {
        Set<String> metrics = new TreeSet<>();
        Matcher matcher = METRIC.matcher(expression);
        while (matcher.find()) {
            metrics.add(matcher.group(1));
        }
        return metrics;
    }
}
