package com.trustpay.webhook.ingest.application;

import java.util.UUID;

/** What became of one webhook request that reached the verifier. */
public sealed interface IngestOutcome {

    /** Stored and published (the commit is done). */
    record Accepted(UUID receiptId, boolean stale) implements IngestOutcome {}

    /** Already stored under the same (provider, event id): acknowledged, nothing else done. */
    record Duplicate() implements IngestOutcome {}

    /** Missing or wrong signature: nothing stored, nothing published. */
    record BadSignature() implements IngestOutcome {}

    /** Correctly signed but unreadable: quarantined for inspection, not published. */
    record Malformed(UUID quarantineId, String reason) implements IngestOutcome {}
}
