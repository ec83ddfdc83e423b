package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rendered Deployment (or other pod-owning workload) and the environment its containers get. */
record Workload(Manifests manifests, Node resource) {

    /** Where one environment variable's value comes from. */
    sealed interface EnvSource {}

    /** A value written in the manifest (directly or through a ConfigMap). */
    record Literal(String value) implements EnvSource {}

    /** A key of a Secret, referenced by name. */
    record SecretKey(String secret, String key, boolean optional) implements EnvSource {}

    /** Anything else (field references, resource references). */
    record Other(String description) implements EnvSource {}

    String name() {
        return resource.text("metadata", "name");
    }

    String kind() {
        return resource.text("kind");
    }

    Node pod() {
        return resource.get("spec", "template", "spec");
    }

    Map<String, String> podLabels() {
        return resource.get("spec", "template", "metadata", "labels").strings();
    }

    List<Node> containers() {
        return pod().get("containers").items();
    }

    Node container() {
        List<Node> containers = containers();
        if (containers.size() != 1) {
            fail(name() + " has " + containers.size() + " containers; the checks expect one");
        }
        return containers.get(0);
    }

    /**
     * The container's environment as the kubelet builds it: ConfigMaps from envFrom in order, then env entries,
     * later ones winning.
     */
    Map<String, EnvSource> env() {
        Node container = container();
        Map<String, EnvSource> env = new LinkedHashMap<>();
        for (Node from : container.get("envFrom").items()) {
            String configMap = from.text("configMapRef", "name");
            if (configMap != null) {
                manifests.configMapData(configMap).forEach((key, value) -> env.put(key, new Literal(value)));
            } else {
                env.put("envFrom:" + from.value(), new Other(String.valueOf(from.value())));
            }
        }
        for (Node variable : container.get("env").items()) {
            env.put(variable.text("name"), source(variable));
        }
        return env;
    }

    /** Every Secret the pod refers to, by name: environment, envFrom and volumes. */
    List<String> referencedSecrets() {
        List<String> secrets = new ArrayList<>();
        env().values().forEach(source -> {
            if (source instanceof SecretKey key) {
                secrets.add(key.secret());
            }
        });
        for (Node from : container().get("envFrom").items()) {
            if (!from.get("secretRef").isMissing()) {
                secrets.add(from.text("secretRef", "name"));
            }
        }
        for (Node volume : pod().get("volumes").items()) {
            if (!volume.get("secret").isMissing()) {
                secrets.add(volume.text("secret", "secretName"));
            }
        }
        return secrets;
    }

    private static EnvSource source(Node variable) {
        if (variable.get("valueFrom").isMissing()) {
            return new Literal(variable.text("value") == null ? "" : variable.text("value"));
        }
        Node secret = variable.get("valueFrom", "secretKeyRef");
        if (!secret.isMissing()) {
            return new SecretKey(secret.text("name"), secret.text("key"), "true".equals(secret.text("optional")));
        }
        return new Other(String.valueOf(variable.get("valueFrom").value()));
    }
}
