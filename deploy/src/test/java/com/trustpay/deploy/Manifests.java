package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** One Kubernetes overlay as {@code kubectl kustomize} renders it, rendered once per test JVM. */
final class Manifests {

    /** The overlays under deploy/k8s/overlays. */
    static final List<String> OVERLAYS = List.of("dev", "prod");

    /** TrustPay's own services: Spring Boot, actuator on the management port. */
    static final Set<String> SERVICES = Set.of(
            "api-gateway",
            "escrow-service",
            "payment-service",
            "webhook-ingest",
            "notification-service",
            "reconciliation-service");

    private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet");
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private final String overlay;
    private final List<Node> resources;

    private Manifests(String overlay, List<Node> resources) {
        this.overlay = overlay;
        this.resources = resources;
    }

    static Manifests overlay(String overlay) {
        Tools.require("kubectl", "kubernetes-client");
        return RENDERED.computeIfAbsent(
                overlay,
                name -> new Manifests(
                        name,
                        Node.loadAll(Tools.output(List.of("kubectl", "kustomize", "deploy/k8s/overlays/" + name)))));
    }

    String name() {
        return overlay;
    }

    List<Node> all() {
        return resources;
    }

    List<Node> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.text("kind"))).toList();
    }

    Optional<Node> find(String kind, String name) {
        return ofKind(kind).stream()
                .filter(r -> name.equals(r.text("metadata", "name")))
                .findFirst();
    }

    Node get(String kind, String name) {
        return find(kind, name).orElseGet(() -> fail(overlay + " renders no " + kind + " " + name));
    }

    List<Workload> workloads() {
        return resources.stream()
                .filter(r -> WORKLOAD_KINDS.contains(r.text("kind")))
                .map(r -> new Workload(this, r))
                .toList();
    }

    Workload workload(String name) {
        return workloads().stream()
                .filter(w -> w.name().equals(name))
                .findFirst()
                .orElseGet(() -> fail(overlay + " renders no workload " + name));
    }

    /** The workloads that are TrustPay services (component "service"). */
    List<Workload> services() {
        return workloads().stream()
                .filter(w -> "service".equals(w.podLabels().get("app.kubernetes.io/component")))
                .toList();
    }

    Map<String, String> configMapData(String name) {
        return get("ConfigMap", name).get("data").strings();
    }
}
