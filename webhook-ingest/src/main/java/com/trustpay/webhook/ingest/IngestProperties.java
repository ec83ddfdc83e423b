package com.trustpay.webhook.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Webhook settings ({@code webhook.*}).
 *
 * @param maxBodySize longer bodies are refused with 413 (default 64 KiB)
 * @param staleAfter events whose own timestamp is older than this are flagged stale, still accepted (24 h)
 * @param secrets per HMAC provider (Setu, RazorpayX, Razorpay): the current signing secret and, during a rotation,
 *     the previous one
 * @param enabled per optional provider ({@code razorpay}, {@code phonepe}, {@code payu}): whether its webhooks are
 *     taken; absent is off. Setu and RazorpayX are always on.
 * @param phonepe PhonePe's webhook logins
 * @param payu PayU's merchant keys and salts
 * @param standard providers that sign the Standard Webhooks way, by name (their path segment)
 * @param writer the group commit of receipts
 */
@ConfigurationProperties("webhook")
public record IngestProperties(
        DataSize maxBodySize,
        Duration staleAfter,
        Map<String, Secrets> secrets,
        Map<String, Boolean> enabled,
        PhonePe phonepe,
        PayU payu,
        Map<String, Standard> standard,
        Writer writer) {

    public IngestProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(64) : maxBodySize;
        staleAfter = staleAfter == null ? Duration.ofHours(24) : staleAfter;
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
        enabled = enabled == null ? Map.of() : Map.copyOf(enabled);
        phonepe = phonepe == null ? new PhonePe(null, null) : phonepe;
        payu = payu == null ? new PayU(null, null) : payu;
        standard = standard == null ? Map.of() : Map.copyOf(standard);
        writer = writer == null ? new Writer(0, 0, null) : writer;
    }

    /**
     * @param threads writer threads, each committing one batch at a time (1: on two cores one writer makes larger
     *     batches and less contention; measured in bench/README.md)
     * @param maxBatch most receipts in one transaction (64)
     * @param maxWait how long a request waits for its commit before it answers 503 (10 s)
     */
    public record Writer(int threads, int maxBatch, Duration maxWait) {

        public Writer {
            threads = threads <= 0 ? 1 : threads;
            maxBatch = maxBatch <= 0 ? 64 : maxBatch;
            maxWait = maxWait == null ? Duration.ofSeconds(10) : maxWait;
        }
    }

    /** Whether the optional provider's webhooks are taken ({@code webhook.enabled.<provider>}). */
    public boolean isEnabled(String provider) {
        return Boolean.TRUE.equals(enabled.get(provider));
    }

    /** @throws IllegalStateException when no current secret is configured for {@code provider} */
    public Secrets secretsOf(String provider) {
        Secrets found = secrets.get(provider);
        if (found == null || found.current() == null || found.current().isBlank()) {
            throw new IllegalStateException(
                    "No webhook secret configured for " + provider + " (webhook.secrets." + provider + ".current)");
        }
        return found;
    }

    /** @param previous optional; set while a rotation is under way */
    public record Secrets(String current, String previous) {

        @Override
        public String toString() {
            return "Secrets[redacted]";
        }
    }

    /**
     * {@code webhook.phonepe.{current,previous}.{username,password}}: the webhook login set in PhonePe's dashboard.
     *
     * @param previous optional; set (both halves) while a rotation is under way
     */
    public record PhonePe(Login current, Login previous) {}

    /** A PhonePe webhook username and password; {@code null} halves are unset. */
    public record Login(String username, String password) {

        @Override
        public String toString() {
            return "Login[redacted]";
        }
    }

    /**
     * {@code webhook.payu.{current,previous}.{key,salt}}: the merchant key and salt.
     *
     * @param previous optional; set (both halves) while a rotation is under way
     */
    public record PayU(Merchant current, Merchant previous) {}

    /** A PayU merchant key and salt; {@code null} halves are unset. */
    public record Merchant(String key, String salt) {

        @Override
        public String toString() {
            return "Merchant[redacted]";
        }
    }

    /**
     * One Standard Webhooks provider ({@code webhook.standard.<name>.*}).
     *
     * @param secrets its {@code whsec_} secrets, the current one first (a comma-separated list from one variable
     *     binds too); blank entries are ignored
     * @param tolerance how far {@code webhook-timestamp} may be from now (default 5 minutes)
     */
    public record Standard(List<String> secrets, Duration tolerance) {

        public Standard {
            secrets = secrets == null
                    ? List.of()
                    : secrets.stream().filter(s -> !blank(s)).toList();
        }

        @Override
        public String toString() {
            return "Standard[secrets redacted, tolerance=" + tolerance + "]";
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
