package com.trustpay.deploy;

import java.util.List;
import java.util.Map;

/** A Kubernetes label selector (matchLabels and matchExpressions), evaluated against a set of labels. */
record LabelSelector(Node selector) {

    /** Whether the selector selects labels; an empty selector selects everything, a missing one nothing. */
    boolean matches(Map<String, String> labels) {
        if (selector.isMissing()) {
            return false;
        }
        for (Map.Entry<String, String> required :
                selector.get("matchLabels").strings().entrySet()) {
            if (!required.getValue().equals(labels.get(required.getKey()))) {
                return false;
            }
        }
        for (Node expression : selector.get("matchExpressions").items()) {
            if (!matches(expression, labels)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Node expression, Map<String, String> labels) {
        String key = expression.text("key");
        List<String> values =
                expression.get("values").items().stream().map(Node::text).toList();
        return switch (expression.text("operator")) {
            case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
            case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
            case "Exists" -> labels.containsKey(key);
            case "DoesNotExist" -> !labels.containsKey(key);
            default -> throw new IllegalArgumentException("unknown selector operator in " + expression.value());
        };
    }
}
