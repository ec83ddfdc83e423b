package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A kept mismatch: what was found, when first and last, and what admins did about it.
 *
 * @param reopened how many times it was found again after being resolved
 */
public record Mismatch(
        UUID id,
        Finding finding,
        Instant firstSeen,
        Instant lastSeen,
        UUID lastRunId,
        MismatchStatus status,
        String note,
        String notedBy,
        Instant notedAt,
        int reopened) {

    public MismatchKind kind() {
        return finding.kind();
    }
}
