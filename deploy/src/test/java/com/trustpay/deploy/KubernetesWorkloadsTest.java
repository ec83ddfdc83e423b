package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.deploy.Workload.Literal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What every workload of both overlays must have: probes, resources, a locked-down security context, a PDB. */
class KubernetesWorkloadsTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    /** Scaled by a HorizontalPodAutoscaler: no state of their own, any instance serves any request. */
    static final Set<String> HORIZONTALLY_SCALED = Set.of("api-gateway", "webhook-ingest", "notification-service");

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyServiceOfTheSuiteIsDeployedWithAServiceAndItsConfig(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        assertThat(manifests.services())
                .extracting(Workload::name)
                .containsExactlyInAnyOrderElementsOf(Manifests.SERVICES);
        for (String service : Manifests.SERVICES) {
            Node kubernetesService = manifests.get("Service", service);
            assertThat(new LabelSelector(new Node(Map.of(
                                    "matchLabels",
                                    kubernetesService.get("spec", "selector").value())))
                            .matches(manifests.workload(service).podLabels()))
                    .as("Service %s selects its pods", service)
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyContainerHasCpuAndMemoryRequestsAndLimits(String overlay) {
        SoftAssertions soft = new SoftAssertions();
        for (Workload workload : Manifests.overlay(overlay).workloads()) {
            for (Node container : workload.containers()) {
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        soft.assertThat(container.text("resources", bound, resource))
                                .as("%s %s.%s", workload.name(), bound, resource)
                                .isNotBlank();
                    }
                }
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyWorkloadRunsLockedDown(String overlay) {
        SoftAssertions soft = new SoftAssertions();
        for (Workload workload : Manifests.overlay(overlay).workloads()) {
            Node pod = workload.pod();
            String name = workload.name();
            soft.assertThat(pod.text("securityContext", "runAsNonRoot"))
                    .as("%s pod runAsNonRoot", name)
                    .isEqualTo("true");
            soft.assertThat(pod.text("securityContext", "runAsUser"))
                    .as("%s numeric non-root user", name)
                    .isNotIn(null, "0");
            soft.assertThat(pod.text("securityContext", "seccompProfile", "type"))
                    .as("%s seccomp", name)
                    .isEqualTo("RuntimeDefault");
            soft.assertThat(pod.text("automountServiceAccountToken"))
                    .as("%s token", name)
                    .isEqualTo("false");
            for (Node container : workload.containers()) {
                Node security = container.get("securityContext");
                soft.assertThat(security.text("allowPrivilegeEscalation"))
                        .as("%s allowPrivilegeEscalation", name)
                        .isEqualTo("false");
                soft.assertThat(security.text("readOnlyRootFilesystem"))
                        .as("%s readOnlyRootFilesystem", name)
                        .isEqualTo("true");
                soft.assertThat(security.text("privileged"))
                        .as("%s privileged", name)
                        .isNotEqualTo("true");
                soft.assertThat(security.get("capabilities", "drop").items())
                        .extracting(Node::text)
                        .as("%s drops capabilities", name)
                        .contains("ALL");
                soft.assertThat(security.get("capabilities", "add").items())
                        .as("%s adds none", name)
                        .isEmpty();
                soft.assertThat(writableTmp(workload, container))
                        .as("%s has a writable /tmp (emptyDir)", name)
                        .isTrue();
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyServiceIsProbedOnTheActuatorGroupsOfItsManagementPort(String overlay) {
        SoftAssertions soft = new SoftAssertions();
        for (Workload service : Manifests.overlay(overlay).services()) {
            Node container = service.container();
            for (Map.Entry<String, String> probe : Map.of(
                            "startupProbe", "/actuator/health/liveness",
                            "livenessProbe", "/actuator/health/liveness",
                            "readinessProbe", "/actuator/health/readiness")
                    .entrySet()) {
                soft.assertThat(container.text(probe.getKey(), "httpGet", "port"))
                        .as("%s %s port", service.name(), probe.getKey())
                        .isEqualTo("9090");
                soft.assertThat(container.text(probe.getKey(), "httpGet", "path"))
                        .as("%s %s path", service.name(), probe.getKey())
                        .isEqualTo(probe.getValue());
            }
            soft.assertThat(service.env().get("MANAGEMENT_SERVER_PORT"))
                    .as("%s MANAGEMENT_SERVER_PORT", service.name())
                    .isEqualTo(new Literal("9090"));
            soft.assertThat(container.get("ports").items())
                    .as("%s declares the management port", service.name())
                    .anySatisfy(port -> assertThat(port.text("containerPort")).isEqualTo("9090"));
            soft.assertThat(service.resource()
                            .text("spec", "template", "metadata", "annotations", "prometheus.io/port"))
                    .as("%s scrape annotation", service.name())
                    .isEqualTo("9090");
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyWorkloadHasLivenessAndReadinessProbes(String overlay) {
        SoftAssertions soft = new SoftAssertions();
        for (Workload workload : Manifests.overlay(overlay).workloads()) {
            for (String probe : List.of("livenessProbe", "readinessProbe")) {
                soft.assertThat(workload.container().get(probe).isMissing())
                        .as("%s %s", workload.name(), probe)
                        .isFalse();
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyWorkloadHasADisruptionBudgetThatLetsANodeDrain(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (Workload workload : manifests.workloads()) {
            List<Node> budgets = manifests.ofKind("PodDisruptionBudget").stream()
                    .filter(pdb -> new LabelSelector(pdb.get("spec", "selector")).matches(workload.podLabels()))
                    .toList();
            assertThat(budgets).as("PodDisruptionBudget of %s", workload.name()).hasSize(1);
            // maxUnavailable, not minAvailable: a one-replica workload must not block a drain forever.
            assertThat(budgets.get(0).text("spec", "maxUnavailable"))
                    .as(workload.name())
                    .isEqualTo("1");
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void theStatelessServicesScaleWithAnAutoscalerThatOwnsTheirReplicas(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Map<String, Node> autoscalers = manifests.ofKind("HorizontalPodAutoscaler").stream()
                .collect(Collectors.toMap(h -> h.text("spec", "scaleTargetRef", "name"), h -> h));
        assertThat(autoscalers.keySet()).containsExactlyInAnyOrderElementsOf(HORIZONTALLY_SCALED);
        for (Workload service : manifests.services()) {
            if (HORIZONTALLY_SCALED.contains(service.name())) {
                Node autoscaler = autoscalers.get(service.name());
                assertThat(autoscaler.text("spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
                assertThat(Integer.parseInt(autoscaler.text("spec", "minReplicas")))
                        .isEqualTo(overlay.equals("prod") ? 2 : 1);
                // A replicas field would fight the autoscaler on every apply.
                assertThat(service.resource().get("spec", "replicas").isMissing())
                        .as("%s leaves replicas to its autoscaler", service.name())
                        .isTrue();
            } else {
                assertThat(Integer.parseInt(service.resource().text("spec", "replicas")))
                        .as("%s replicas", service.name())
                        .isEqualTo(overlay.equals("prod") ? 2 : 1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyConfigMapAWorkloadReadsIsRendered(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (Workload workload : manifests.workloads()) {
            for (Node from : workload.container().get("envFrom").items()) {
                String name = from.text("configMapRef", "name");
                if (name != null) {
                    assertThat(manifests.find("ConfigMap", name))
                            .as("%s reads ConfigMap %s", workload.name(), name)
                            .isPresent();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void theIngressesLeadToTheGatewayAndToWebhookIngestOnly(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Map<String, String> backendByPath = new TreeMap<>();
        for (Node ingress : manifests.ofKind("Ingress")) {
            assertThat(ingress.get("spec", "tls").items())
                    .as("TLS on %s", ingress.text("metadata", "name"))
                    .isNotEmpty();
            for (Node rule : ingress.get("spec", "rules").items()) {
                for (Node path : rule.get("http", "paths").items()) {
                    backendByPath.put(path.text("path"), path.text("backend", "service", "name"));
                }
            }
        }
        assertThat(backendByPath)
                .containsExactlyInAnyOrderEntriesOf(Map.of("/", "api-gateway", "/webhooks", "webhook-ingest"));
        assertThat(manifests.ofKind("Service"))
                .as("nothing is exposed past the ingress controller")
                .allSatisfy(s -> assertThat(s.text("spec", "type")).isIn(null, "ClusterIP"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void theGatewayAndEscrowServiceAgreeOnTheTokenIssuer(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        assertThat(manifests.workload("api-gateway").env().get("JWT_ISSUER"))
                .isEqualTo(manifests.workload("escrow-service").env().get("TRUSTPAY_JWT_ISSUER"))
                .isNotNull();
    }

    private static boolean writableTmp(Workload workload, Node container) {
        Set<String> emptyDirs = workload.pod().get("volumes").items().stream()
                .filter(v -> !v.get("emptyDir").isMissing())
                .map(v -> v.text("name"))
                .collect(Collectors.toSet());
        return container.get("volumeMounts").items().stream()
                .anyMatch(m -> "/tmp".equals(m.text("mountPath")) && emptyDirs.contains(m.text("name")));
    }
}
