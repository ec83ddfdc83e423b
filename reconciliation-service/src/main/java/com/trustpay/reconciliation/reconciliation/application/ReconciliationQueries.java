package com.trustpay.reconciliation.reconciliation.application;

import com.trustpay.platform.problem.ProblemException;
import com.trustpay.reconciliation.reconciliation.domain.Mismatch;
import com.trustpay.reconciliation.reconciliation.domain.MismatchQuery;
import com.trustpay.reconciliation.reconciliation.domain.Run;
import com.trustpay.reconciliation.reconciliation.domain.RunWindow;
import com.trustpay.reconciliation.reconciliation.persistence.MismatchRepository;
import com.trustpay.reconciliation.reconciliation.persistence.RunRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads for the admin API: the report of a date range, runs, mismatches. */
public class ReconciliationQueries {

    /** The most rows one answer carries. */
    public static final int MAX_ROWS = 10_000;

    /** The mismatches concerning what happened in a date range, and the runs whose window overlaps it. */
    public record Report(Instant from, Instant to, List<Mismatch> mismatches, List<Run> runs) {}

    private final MismatchRepository mismatches;
    private final RunRepository runs;

    public ReconciliationQueries(MismatchRepository mismatches, RunRepository runs) {
        this.mismatches = mismatches;
        this.runs = runs;
    }

    public Report report(Instant from, Instant to) {
        RunWindow range = RunWindow.manual(from, to);
        return new Report(
                range.from(),
                range.to(),
                mismatches.list(new MismatchQuery(null, null, null, range.from(), range.to(), MAX_ROWS)),
                runs.covering(range.from(), range.to(), 200));
    }

    public List<Mismatch> mismatches(MismatchQuery filter) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw ProblemException.invalid(
                    "from", "RECONCILIATION_RANGE_INVALID", "The range must start before it ends");
        }
        return mismatches.list(filter);
    }

    public Mismatch mismatch(UUID id) {
        return mismatches
                .byId(id)
                .orElseThrow(() -> ProblemException.notFound("MISMATCH_NOT_FOUND", "No mismatch " + id));
    }

    public List<Run> runs(int limit) {
        return runs.latest(Math.min(Math.max(limit, 1), 500));
    }

    public Run run(UUID id) {
        return runs.byId(id).orElseThrow(() -> ProblemException.notFound("RUN_NOT_FOUND", "No run " + id));
    }

    public List<Mismatch> foundBy(UUID runId) {
        run(runId);
        return mismatches.foundByRun(runId);
    }
}
