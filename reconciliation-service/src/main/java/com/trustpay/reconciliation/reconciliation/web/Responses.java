package com.trustpay.reconciliation.reconciliation.web;

import com.trustpay.reconciliation.reconciliation.application.ReconciliationQueries;
import com.trustpay.reconciliation.reconciliation.domain.Finding;
import com.trustpay.reconciliation.reconciliation.domain.Mismatch;
import com.trustpay.reconciliation.reconciliation.domain.MismatchKind;
import com.trustpay.reconciliation.reconciliation.domain.Run;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the admin API answers: records made from the domain, never the rows themselves. */
final class Responses {

    private Responses() {}

    record MismatchResponse(
            UUID id,
            String kind,
            String severity,
            String status,
            UUID escrowId,
            String reference,
            Map<String, String> providerIds,
            Long ourAmountPaise,
            Long providerAmountPaise,
            String ourStatus,
            String providerStatus,
            String detail,
            Instant occurredAt,
            Instant firstSeen,
            Instant lastSeen,
            UUID lastRunId,
            String note,
            String notedBy,
            Instant notedAt,
            int reopened,
            List<String> actions) {

        static MismatchResponse of(Mismatch m) {
            Finding f = m.finding();
            return new MismatchResponse(
                    m.id(),
                    f.kind().name(),
                    f.kind().severity().name(),
                    m.status().name(),
                    f.escrowId(),
                    f.reference(),
                    f.providerIds(),
                    f.ourAmountPaise(),
                    f.providerAmountPaise(),
                    f.ourStatus(),
                    f.providerStatus(),
                    f.detail(),
                    f.occurredAt(),
                    m.firstSeen(),
                    m.lastSeen(),
                    m.lastRunId(),
                    m.note(),
                    m.notedBy(),
                    m.notedAt(),
                    m.reopened(),
                    m.status().adminActions().stream().map(Enum::name).toList());
        }
    }

    record RunResponse(
            UUID id,
            String trigger,
            Instant from,
            Instant to,
            Instant startedAt,
            Instant finishedAt,
            int escrowsChecked,
            int mismatches,
            int newMismatches,
            int reopenedMismatches,
            Map<String, Long> counts,
            int reportParts) {

        static RunResponse of(Run r) {
            return new RunResponse(
                    r.id(),
                    r.trigger().name(),
                    r.from(),
                    r.to(),
                    r.startedAt(),
                    r.finishedAt(),
                    r.escrowsChecked(),
                    r.mismatchCount(),
                    r.newCount(),
                    r.reopenedCount(),
                    r.counts(),
                    r.reportParts());
        }
    }

    /** @param ranNow {@code false} when the run had already been run (a scheduled window, by another instance) */
    record RunDetail(RunResponse run, boolean ranNow, List<MismatchResponse> mismatches) {}

    record ReportResponse(
            Instant from,
            Instant to,
            Map<String, Long> counts,
            int total,
            List<MismatchResponse> mismatches,
            List<RunResponse> runs) {

        static ReportResponse of(ReconciliationQueries.Report report) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (MismatchKind kind : MismatchKind.values()) {
                counts.put(kind.name(), 0L);
            }
            report.mismatches().forEach(m -> counts.merge(m.kind().name(), 1L, Long::sum));
            return new ReportResponse(
                    report.from(),
                    report.to(),
                    counts,
                    report.mismatches().size(),
                    report.mismatches().stream().map(MismatchResponse::of).toList(),
                    report.runs().stream().map(RunResponse::of).toList());
        }
    }
}
