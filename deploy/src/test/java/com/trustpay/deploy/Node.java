package com.trustpay.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Read-only navigation over parsed YAML or JSON: a missing step gives a missing node rather than null or a cast
 * error, so a check reads like the manifest it looks at ({@code pod.get("securityContext", "runAsNonRoot")}).
 */
record Node(Object value) {

    static final Node MISSING = new Node(null);

    static Node load(String text) {
        return new Node(yaml().load(text));
    }

    static List<Node> loadAll(String text) {
        List<Node> documents = new ArrayList<>();
        for (Object document : yaml().loadAll(text)) {
            if (document != null) {
                documents.add(new Node(document));
            }
        }
        return documents;
    }

    Node get(String... path) {
        Object current = value;
        for (String step : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return MISSING;
            }
            current = map.get(step);
        }
        return new Node(current);
    }

    boolean isMissing() {
        return value == null;
    }

    /** The items of a list; none when this is not a list. */
    List<Node> items() {
        List<Node> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> items.add(new Node(item)));
        }
        return items;
    }

    /** The entries of a map, in document order; none when this is not a map. */
    Map<String, Node> entries() {
        Map<String, Node> entries = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> entries.put(String.valueOf(key), new Node(item)));
        }
        return entries;
    }

    /** A scalar as text ({@code 2} and {@code "2"} both read "2"); null when missing. */
    String text() {
        return value == null ? null : String.valueOf(value);
    }

    String text(String... path) {
        return get(path).text();
    }

    /** A map of scalars as text, e.g. labels or ConfigMap data. */
    Map<String, String> strings() {
        Map<String, String> strings = new LinkedHashMap<>();
        entries().forEach((key, item) -> strings.put(key, item.text()));
        return strings;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(16 * 1024 * 1024);
        return new Yaml(new SafeConstructor(options));
    }
}
