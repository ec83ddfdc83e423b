package com.trustpay.platform.web.readiness;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.core.env.PropertyResolver;

/**
 * Whether a data key ring is fit for production: every entry {@code <id>:<base64 of 32 bytes>}, none of them the
 * sandbox's, and the active id in the ring. The service's cipher parses the ring again at start; this check runs
 * first, before any bean, so that a sandbox key is refused even though it would work. Findings name key ids, never
 * key material.
 */
final class DataKeyReadiness {

    private static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private DataKeyReadiness() {}

    static void findings(ReadinessRules.DataKeyRing ring, PropertyResolver config, List<String> findings) {
        String keys = config.getProperty(ring.keys());
        if (keys == null || keys.isBlank()) {
            findings.add(ring.keys() + " is empty: set the data keys (<id>:<base64 of 32 bytes>, comma-separated)");
            return;
        }
        List<String> ids = new ArrayList<>();
        for (String entry : keys.split(",")) {
            String problem = entryProblem(entry.strip(), ring.sandboxKeys(), ids);
            if (problem != null) {
                findings.add(ring.keys() + " " + problem);
            }
        }
        String active = config.getProperty(ring.active());
        if (active == null || active.isBlank()) {
            findings.add(ring.active() + " is empty: name the data key new values are encrypted with");
        } else if (!ids.contains(active.strip())) {
            findings.add(ring.active() + " names a key that is not in " + ring.keys());
        }
    }

    private static String entryProblem(String entry, List<String> sandboxKeys, List<String> ids) {
        int colon = entry.indexOf(':');
        String id = colon < 0 ? "" : entry.substring(0, colon);
        if (!KEY_ID.matcher(id).matches()) {
            return "has an entry that is not <id>:<base64 of 32 bytes>";
        }
        ids.add(id);
        String material = entry.substring(colon + 1).strip();
        if (id.toLowerCase(Locale.ROOT).startsWith(ProductionReadiness.SANDBOX_PROFILE)
                || sandboxKeys.contains(material)) {
            return "holds the sandbox's key (" + id + "): its key is public";
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(material);
        } catch (IllegalArgumentException e) {
            return "key " + id + " is not base64";
        }
        if (bytes.length != KEY_BYTES) {
            return "key " + id + " has " + bytes.length + " bytes: AES-256 needs " + KEY_BYTES;
        }
        return null;
    }
}
