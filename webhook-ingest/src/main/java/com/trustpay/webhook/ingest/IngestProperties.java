package com.trustpay.webhook.ingest;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Webhook settings ({@code webhook.*}).
 *
 * @param maxBodySize longer bodies are refused with 413 (default 64 KiB)
 * @param staleAfter events whose own timestamp is older than this are flagged stale, still accepted (24 h)
 * @param secrets per provider: the current signing secret and, during a rotation, the previous one
 * @param writer the group commit of receipts
 */
@ConfigurationProperties("webhook")
public record IngestProperties(DataSize maxBodySize, Duration staleAfter, Map<String, Secrets> secrets, Writer writer) {

    public IngestProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(64) : maxBodySize;
        staleAfter = staleAfter == null ? Duration.ofHours(24) : staleAfter;
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
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
}
