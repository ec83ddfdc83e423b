package com.trustpay.webhook.ingest.application;

import com.trustpay.webhook.ingest.domain.Receipt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where receipts are kept. Runs inside the caller's transaction. */
public interface ReceiptStore {

    /**
     * Stores each receipt unless one with the same (provider, event id) is already stored, or comes earlier in
     * {@code receipts}; returns the receipt ids of those stored.
     */
    Set<UUID> storeNew(List<Receipt> receipts);

    /** Keeps a correctly signed webhook that could not be read, for inspection; never published. */
    void quarantine(
            UUID quarantineId,
            String provider,
            String reason,
            Map<String, String> headers,
            byte[] rawBody,
            Instant receivedAt);

    /** The body of a stored receipt as received; empty when there is no such receipt or its body was purged. */
    Optional<byte[]> receiptBody(UUID receiptId);

    /** The body of a quarantined webhook as received; empty when there is none or its body was purged. */
    Optional<byte[]> quarantinedBody(UUID quarantineId);

    /**
     * Drops the bodies of up to {@code limit} receipts and up to {@code limit} quarantined webhooks received before
     * {@code receivedBefore}, keeping the rows; skips rows another instance is purging.
     *
     * @return how many bodies were dropped
     */
    int purgeBodies(Instant receivedBefore, Instant now, int limit);
}
