package com.trustpay.webhook.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Any provider that signs the Standard Webhooks way (PROVIDERS.md §5); it is configured, not written: a name (its
 * path segment), its {@code whsec_} secrets and the timestamp tolerance.
 *
 * <p>{@code webhook-signature} is a space-separated list of {@code v1,<Base64 HMAC-SHA256>} over {@code
 * <webhook-id>.<webhook-timestamp>.<raw body>}, keyed with the secret's Base64-decoded bytes ({@code whsec_}
 * stripped). Any listed signature under any configured secret passes (both checked every time, each compared in
 * constant time); entries of other versions ({@code v1a}, ed25519) are skipped. A {@code webhook-timestamp} (Unix
 * seconds) further than the tolerance (default 5 minutes, the reference libraries' 300 s) from our receipt time
 * fails, so a captured request cannot be replayed later. An id or timestamp holding {@code .} fails too: it would
 * make the signed string ambiguous.
 *
 * <p>{@code webhook-id} is signed and stays the same across retries: it is the de-duplication key. The type is the
 * body's {@code type} (the recommended payload {@code {type, timestamp, data}}), the resource {@code data.id} when
 * present, the event time {@code timestamp} (ISO-8601) when present.
 */
public final class StandardWebhooksVerifier implements WebhookVerifier {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    static final String ID_HEADER = "webhook-id";
    static final String TIMESTAMP_HEADER = "webhook-timestamp";
    static final String SIGNATURE_HEADER = "webhook-signature";

    private static final String SECRET_PREFIX = "whsec_";
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");

    private final String provider;
    private final List<HmacSha256> keys;
    private final Duration tolerance;

    private StandardWebhooksVerifier(String provider, List<HmacSha256> keys, Duration tolerance) {
        this.provider = provider;
        this.keys = List.copyOf(keys);
        this.tolerance = tolerance;
    }

    /**
     * @param secrets {@code whsec_<Base64>} (the prefix is optional), the current one first; at least one
     * @throws IllegalArgumentException when there is no secret or one is not Base64
     */
    public static StandardWebhooksVerifier of(String provider, List<String> secrets, Duration tolerance) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("Standard Webhooks provider " + provider + " has no secret");
        }
        List<HmacSha256> keys = new ArrayList<>();
        for (String secret : secrets) {
            keys.add(HmacSha256.keyedWith(decode(provider, secret)));
        }
        return new StandardWebhooksVerifier(provider, keys, tolerance == null ? DEFAULT_TOLERANCE : tolerance);
    }

    private static byte[] decode(String provider, String secret) {
        String text = secret == null ? "" : secret.strip();
        if (text.startsWith(SECRET_PREFIX)) {
            text = text.substring(SECRET_PREFIX.length());
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            // The message must not carry the secret.
            throw new IllegalArgumentException("A secret of Standard Webhooks provider " + provider + " is not Base64");
        }
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public boolean signatureValid(InboundWebhook webhook) {
        String id = webhook.header(ID_HEADER);
        String timestamp = webhook.header(TIMESTAMP_HEADER);
        String signatures = webhook.header(SIGNATURE_HEADER);
        if (id == null || id.isBlank() || id.indexOf('.') >= 0 || signatures == null || !timely(timestamp, webhook)) {
            return false;
        }
        byte[] signed = signedContent(id, timestamp, webhook.body());
        boolean matched = false;
        for (String entry : signatures.strip().split(" +")) {
            byte[] presented = v1Signature(entry);
            if (presented != null) {
                for (HmacSha256 key : keys) {
                    matched |= key.matches(signed, presented);
                }
            }
        }
        return matched;
    }

    private boolean timely(String timestamp, InboundWebhook webhook) {
        if (timestamp == null || !TIMESTAMP.matcher(timestamp).matches()) {
            return false;
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        return Duration.between(sent, webhook.receivedAt()).abs().compareTo(tolerance) <= 0;
    }

    private static byte[] signedContent(String id, String timestamp, byte[] body) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return signed;
    }

    /** The digest of a {@code v1,<Base64>} entry, or {@code null} for another version or undecodable text. */
    private static byte[] v1Signature(String entry) {
        if (!entry.startsWith("v1,")) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(entry.substring(3));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public ProviderEvent parse(InboundWebhook webhook) {
        JsonBody body = JsonBody.parse(webhook.body());
        return new ProviderEvent(
                webhook.header(ID_HEADER),
                body.requiredText("/type"),
                body.optionalText("/data/id"),
                body.optionalIsoTime("/timestamp"));
    }

    @Override
    public List<String> retainedHeaders() {
        return List.of(ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER, "content-type");
    }
}
