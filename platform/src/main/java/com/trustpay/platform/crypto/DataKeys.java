package com.trustpay.platform.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data keys a service can read with, and the one it writes with. Parsed from the compact form kept in the
 * environment, {@code "k2:<base64 of 32 bytes>,k1:<base64>"} ({@code TRUSTPAY_DATA_KEYS}), plus the id of the active
 * key ({@code TRUSTPAY_DATA_KEY_ACTIVE}). Rotating means adding a key, making it active, and keeping the old one in
 * the ring until {@link ColumnReencryption} has moved every value off it.
 */
public final class DataKeys {

    /** AES-256: a key of exactly 32 bytes. */
    public static final int KEY_BYTES = 32;

    /** Key ids are stored with every value: short, and never containing the {@code :} that separates the parts. */
    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final Map<String, SecretKey> keys;
    private final String activeId;

    private DataKeys(Map<String, SecretKey> keys, String activeId) {
        this.keys = Map.copyOf(keys);
        this.activeId = activeId;
    }

    /**
     * Reads a ring; the messages name what is wrong but never show key material.
     *
     * @throws IllegalArgumentException when the ring is empty, a key id is malformed or repeated, a key is not base64
     *     of 32 bytes, or the active id is not in the ring
     */
    public static DataKeys parse(String ring, String activeId) {
        if (ring == null || ring.isBlank()) {
            throw new IllegalArgumentException("No data keys: set trustpay.crypto.keys (TRUSTPAY_DATA_KEYS)");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : ring.split(",")) {
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            String id = colon < 0 ? trimmed : trimmed.substring(0, colon);
            if (colon < 0 || !KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("A data key entry is not <id>:<base64 key> (id " + safeId(id) + ")");
            }
            if (keys.put(id, key(id, trimmed.substring(colon + 1))) != null) {
                throw new IllegalArgumentException("Data key " + id + " is listed twice");
            }
        }
        String active = activeId == null || activeId.isBlank() ? null : activeId.strip();
        if (active == null) {
            throw new IllegalArgumentException(
                    "No active data key: set trustpay.crypto.active-key (TRUSTPAY_DATA_KEY_ACTIVE)");
        }
        if (!keys.containsKey(active)) {
            throw new IllegalArgumentException("The active data key " + safeId(active) + " is not in the ring");
        }
        return new DataKeys(keys, active);
    }

    private static SecretKey key(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Data key " + id + " is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "Data key " + id + " has " + bytes.length + " bytes; AES-256 needs " + KEY_BYTES);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static String safeId(String id) {
        return id != null && KEY_ID.matcher(id).matches() ? id : "(malformed)";
    }

    /** The id new values are written under. */
    public String activeId() {
        return activeId;
    }

    SecretKey active() {
        return keys.get(activeId);
    }

    /** The key with this id, or {@link UnknownDataKeyException} when the ring no longer (or never) held it. */
    SecretKey get(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new UnknownDataKeyException(id);
        }
        return key;
    }

    public Set<String> ids() {
        return keys.keySet();
    }

    @Override
    public String toString() {
        return "DataKeys[" + ids() + ", active " + activeId + "]";
    }
}
