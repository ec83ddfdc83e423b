package com.trustpay.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The NetworkPolicies of one rendered overlay, evaluated as Kubernetes does: a pod selected by no policy of a type is
 * open for that type; otherwise the union of the selecting policies' rules is what gets through.
 */
final class NetworkPolicies {

    private static final String NAMESPACE_LABEL = "kubernetes.io/metadata.name";

    private final Manifests manifests;

    NetworkPolicies(Manifests manifests) {
        this.manifests = manifests;
    }

    /**
     * Who may open a connection to a pod.
     *
     * @param workloads rendered workloads (same namespace) whose pods may connect
     * @param namespaces other namespaces (by name) whose pods may connect; "*" for any namespace
     * @param ipBlocks whether some rule lets in addresses by CIDR
     * @param anyone whether some rule (or the absence of any policy) lets in every source
     */
    record Sources(Set<String> workloads, Set<String> namespaces, boolean ipBlocks, boolean anyone) {}

    /** The sources allowed to reach a pod with these labels on this TCP port. */
    Sources ingressTo(Map<String, String> podLabels, int port) {
        Set<String> workloads = new TreeSet<>();
        Set<String> namespaces = new TreeSet<>();
        boolean ipBlocks = false;
        boolean anyone = true;
        for (Node policy : selecting(podLabels, "Ingress")) {
            anyone = false;
            for (Node rule : policy.get("spec", "ingress").items()) {
                if (!portMatches(rule.get("ports"), port)) {
                    continue;
                }
                List<Node> peers = rule.get("from").items();
                if (peers.isEmpty()) {
                    return new Sources(workloads, namespaces, true, true);
                }
                for (Node peer : peers) {
                    if (!peer.get("ipBlock").isMissing()) {
                        ipBlocks = true;
                    } else if (!peer.get("namespaceSelector").isMissing()) {
                        namespaces.add(namespaceName(peer.get("namespaceSelector")));
                    } else {
                        LabelSelector selector = new LabelSelector(peer.get("podSelector"));
                        manifests.workloads().stream()
                                .filter(w -> selector.matches(w.podLabels()))
                                .forEach(w -> workloads.add(w.name()));
                    }
                }
            }
        }
        return new Sources(workloads, namespaces, ipBlocks, anyone);
    }

    /** The policies that select every pod and allow nothing in or out. */
    List<Node> defaultDeny() {
        return manifests.ofKind("NetworkPolicy").stream()
                .filter(p -> p.get("spec", "podSelector").entries().isEmpty())
                .filter(p -> types(p).containsAll(Set.of("Ingress", "Egress")))
                .filter(p -> p.get("spec", "ingress").items().isEmpty()
                        && p.get("spec", "egress").items().isEmpty())
                .toList();
    }

    private List<Node> selecting(Map<String, String> podLabels, String type) {
        return manifests.ofKind("NetworkPolicy").stream()
                .filter(p -> types(p).contains(type))
                .filter(p -> new LabelSelector(p.get("spec", "podSelector")).matches(podLabels))
                .toList();
    }

    private static Set<String> types(Node policy) {
        List<Node> declared = policy.get("spec", "policyTypes").items();
        if (!declared.isEmpty()) {
            return Set.copyOf(declared.stream().map(Node::text).toList());
        }
        // Without policyTypes a policy is an Ingress policy, and an Egress one too when it has egress rules.
        return policy.get("spec", "egress").isMissing() ? Set.of("Ingress") : Set.of("Ingress", "Egress");
    }

    private static boolean portMatches(Node ports, int port) {
        List<Node> listed = ports.items();
        return listed.isEmpty()
                || listed.stream()
                        .anyMatch(
                                p -> String.valueOf(port).equals(p.text("port")) && !"UDP".equals(p.text("protocol")));
    }

    private static String namespaceName(Node namespaceSelector) {
        String name = namespaceSelector.get("matchLabels").strings().get(NAMESPACE_LABEL);
        return name == null ? "*" : name;
    }
}
