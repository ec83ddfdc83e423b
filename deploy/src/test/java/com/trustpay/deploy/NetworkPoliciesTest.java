package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.deploy.NetworkPolicies.Sources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Who may connect to whom, by the rendered NetworkPolicies: default deny, two services reachable from the ingress
 * controller, payment-service only from inside, Kafka and each database only from the services that use them.
 */
class NetworkPoliciesTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    static final Set<String> KAFKA_CLIENTS = Set.of(
            "escrow-service", "payment-service", "webhook-ingest", "notification-service", "reconciliation-service");

    /**
     * Who calls each service's API port: the gateway's routes, reconciliation-service's /internal reads and its
     * reads of escrow-service's token keys.
     */
    static final Map<String, Set<String>> CALLERS = Map.of(
            "escrow-service", Set.of("api-gateway", "reconciliation-service"),
            "payment-service", Set.of("api-gateway", "reconciliation-service"),
            "webhook-ingest", Set.of("api-gateway"),
            "notification-service", Set.of("api-gateway"),
            "reconciliation-service", Set.of("api-gateway"));

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void aDefaultDenyPolicyCoversEveryPodBothWays(String overlay) {
        assertThat(new NetworkPolicies(Manifests.overlay(overlay)).defaultDeny())
                .hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void onlyTheGatewayAndWebhookIngestAreReachableFromTheIngressController(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        NetworkPolicies policies = new NetworkPolicies(manifests);
        for (Workload workload : manifests.workloads()) {
            for (int port : ports(workload)) {
                Sources sources = policies.ingressTo(workload.podLabels(), port);
                assertThat(sources.anyone())
                        .as("%s:%d open to anyone", workload.name(), port)
                        .isFalse();
                assertThat(sources.ipBlocks())
                        .as("%s:%d open to addresses", workload.name(), port)
                        .isFalse();
                assertThat(sources.namespaces())
                        .as("%s:%d", workload.name(), port)
                        .doesNotContain("*");
                boolean exposed = Set.of("api-gateway", "webhook-ingest").contains(workload.name()) && port != 9090;
                if (exposed) {
                    assertThat(sources.namespaces())
                            .as("%s:%d", workload.name(), port)
                            .containsExactly("ingress-nginx");
                } else {
                    assertThat(sources.namespaces())
                            .as("%s:%d", workload.name(), port)
                            .doesNotContain("ingress-nginx");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void eachServiceTakesItsApiCallsOnlyFromItsCallers(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        NetworkPolicies policies = new NetworkPolicies(manifests);
        for (Map.Entry<String, Set<String>> callers : CALLERS.entrySet()) {
            Workload service = manifests.workload(callers.getKey());
            Set<String> expected = new TreeSet<>(callers.getValue());
            if (overlay.equals("dev") && service.name().equals("webhook-ingest")) {
                expected.add("sandbox");
            }
            assertThat(policies.ingressTo(service.podLabels(), apiPort(service)).workloads())
                    .as("who may call %s", service.name())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void paymentServiceAndItsInternalApiAreReachableOnlyFromInside(String overlay) {
        Workload payment = Manifests.overlay(overlay).workload("payment-service");
        Sources sources = new NetworkPolicies(Manifests.overlay(overlay)).ingressTo(payment.podLabels(), 8082);
        assertThat(sources.namespaces()).isEmpty();
        assertThat(sources.workloads()).containsExactlyInAnyOrder("api-gateway", "reconciliation-service");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void kafkaBrokersTakeClientsOnlyFromTheServicesThatUseKafka(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        // Strimzi's broker pods are made by the operator, so they are not rendered: these are their labels.
        Map<String, String> broker = Map.of(
                "strimzi.io/cluster", "trustpay",
                "strimzi.io/kind", "Kafka",
                "strimzi.io/broker-role", "true");
        for (int port : List.of(9092, 9093)) {
            Sources sources = new NetworkPolicies(manifests).ingressTo(broker, port);
            assertThat(sources.workloads()).as("port %d", port).containsExactlyInAnyOrderElementsOf(KAFKA_CLIENTS);
            assertThat(sources.namespaces()).as("port %d", port).isEmpty();
        }
        // The policies Strimzi writes from the listener's networkPolicyPeers must say the same.
        for (Node listener : manifests
                .get("Kafka", "trustpay")
                .get("spec", "kafka", "listeners")
                .items()) {
            List<Node> peers = listener.get("networkPolicyPeers").items();
            assertThat(peers)
                    .as("listener %s names its peers", listener.text("name"))
                    .isNotEmpty();
            for (Workload workload : manifests.workloads()) {
                boolean peer = peers.stream()
                        .anyMatch(p -> new LabelSelector(p.get("podSelector")).matches(workload.podLabels()));
                assertThat(peer)
                        .as("%s may reach listener %s", workload.name(), listener.text("name"))
                        .isEqualTo(KAFKA_CLIENTS.contains(workload.name()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void eachDatabaseTakesConnectionsOnlyFromTheServicesWhoseDataItHolds(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        List<Node> clusters = manifests.ofKind("Cluster");
        assertThat(clusters).isNotEmpty();
        for (Node cluster : clusters) {
            // CloudNativePG's instance pods: its own labels plus the Cluster's inheritedMetadata labels.
            Map<String, String> instance = new HashMap<>(
                    cluster.get("spec", "inheritedMetadata", "labels").strings());
            instance.put("cnpg.io/cluster", cluster.text("metadata", "name"));
            instance.put("cnpg.io/podRole", "instance");
            Set<String> owners = new TreeSet<>();
            instance.forEach((label, value) -> {
                if (label.startsWith("trustpay.io/db-") && value.equals("true")) {
                    owners.add(label.substring("trustpay.io/db-".length()));
                }
            });
            assertThat(owners)
                    .as("services of %s", cluster.text("metadata", "name"))
                    .isNotEmpty();
            Sources sources = new NetworkPolicies(manifests).ingressTo(instance, 5432);
            assertThat(sources.workloads()).containsExactlyInAnyOrderElementsOf(owners);
            assertThat(sources.namespaces()).containsExactly("cnpg-system");
            assertThat(sources.ipBlocks()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void prometheusMayScrapeTheManagementPortAndOnlyThat(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        NetworkPolicies policies = new NetworkPolicies(manifests);
        for (Workload service : manifests.services()) {
            Sources management = policies.ingressTo(service.podLabels(), 9090);
            assertThat(management.namespaces()).as(service.name()).containsExactly("monitoring");
            assertThat(management.workloads()).as(service.name()).isEmpty();
            assertThat(policies.ingressTo(service.podLabels(), apiPort(service)).namespaces())
                    .as(service.name())
                    .doesNotContain("monitoring");
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void redisTakesConnectionsFromTheGatewayAndNotificationServiceOnly(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Sources sources = new NetworkPolicies(manifests)
                .ingressTo(manifests.workload("redis").podLabels(), 6379);
        assertThat(sources.workloads()).containsExactlyInAnyOrder("api-gateway", "notification-service");
        assertThat(sources.namespaces()).isEmpty();
    }

    private static int apiPort(Workload workload) {
        return workload.container().get("ports").items().stream()
                .filter(p -> "http".equals(p.text("name")))
                .map(p -> Integer.parseInt(p.text("containerPort")))
                .findFirst()
                .orElseThrow();
    }

    private static List<Integer> ports(Workload workload) {
        return workload.container().get("ports").items().stream()
                .map(p -> Integer.parseInt(p.text("containerPort")))
                .toList();
    }
}
