package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One reconciliation run and what it found.
 *
 * @param finishedAt {@code null} while it runs
 * @param counts mismatches found by kind, and the totals {@code escrowsChecked}, {@code mismatches},
 *     {@code newMismatches}, {@code reopenedMismatches}
 * @param reportParts how many {@code ReconciliationReport} messages carried it
 */
public record Run(
        UUID id,
        RunTrigger trigger,
        Instant from,
        Instant to,
        String key,
        Instant startedAt,
        Instant finishedAt,
        int escrowsChecked,
        int mismatchCount,
        int newCount,
        int reopenedCount,
        Map<String, Long> counts,
        int reportParts) {}
