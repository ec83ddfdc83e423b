package com.trustpay.webhook.ingest.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drops raw webhook bodies once they are older than the retention ({@code trustpay.webhook.raw-body-retention}, 30
 * days): a body is what a provider said about a payer, kept only as long as a dispute about a delivery is likely. The
 * receipt row stays — what was received, when, whether it was stale, that it was published — only the body goes.
 * Each batch is one transaction whose rows are locked with {@code SKIP LOCKED}, so instances share the purge.
 */
public final class RawBodyRetention {

    private static final Logger log = LoggerFactory.getLogger(RawBodyRetention.class);

    private final ReceiptStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retention;
    private final int batch;

    public RawBodyRetention(
            ReceiptStore store, TransactionTemplate transactions, Clock clock, Duration retention, int batch) {
        if (retention == null || !retention.isPositive() || batch < 1) {
            throw new IllegalArgumentException("The raw body retention and its purge batch must be positive");
        }
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
        this.batch = batch;
    }

    /** One purge round: batches until a batch drops fewer bodies than it could. Returns the bodies dropped. */
    public int purgeExpired() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(retention);
        int total = 0;
        int purged;
        do {
            purged = Objects.requireNonNull(transactions.execute(status -> store.purgeBodies(cutoff, now, batch)));
            total += purged;
        } while (purged >= batch);
        if (total > 0) {
            log.info("Dropped {} raw webhook bodies received before {}", total, cutoff);
        }
        return total;
    }

    public Duration retention() {
        return retention;
    }
}
