package com.trustpay.webhook.ingest.application;

import com.trustpay.webhook.ingest.domain.Receipt;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Where receipts are kept. Runs inside the caller's transaction. */
public interface ReceiptStore {

    /** Stores the receipt unless one with the same (provider, event id) exists; true when it was stored. */
    boolean storeIfNew(Receipt receipt);

    /** Keeps a correctly signed webhook that could not be read, for inspection; never published. */
    void quarantine(
            UUID quarantineId,
            String provider,
            String reason,
            Map<String, String> headers,
            byte[] rawBody,
            Instant receivedAt);
}
