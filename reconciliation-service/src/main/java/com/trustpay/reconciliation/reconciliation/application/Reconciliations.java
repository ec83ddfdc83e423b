package com.trustpay.reconciliation.reconciliation.application;

import com.trustpay.contracts.ops.Severity;
import com.trustpay.platform.ops.Alert;
import com.trustpay.platform.ops.OpsAlerts;
import com.trustpay.reconciliation.reconciliation.domain.Finding;
import com.trustpay.reconciliation.reconciliation.domain.Matcher;
import com.trustpay.reconciliation.reconciliation.domain.Mismatch;
import com.trustpay.reconciliation.reconciliation.domain.MismatchKind;
import com.trustpay.reconciliation.reconciliation.domain.MismatchStatus;
import com.trustpay.reconciliation.reconciliation.domain.ProviderMatcher;
import com.trustpay.reconciliation.reconciliation.domain.ProviderView;
import com.trustpay.reconciliation.reconciliation.domain.ReconciliationCase;
import com.trustpay.reconciliation.reconciliation.domain.Run;
import com.trustpay.reconciliation.reconciliation.domain.RunWindow;
import com.trustpay.reconciliation.reconciliation.persistence.KnownIdsRepository;
import com.trustpay.reconciliation.reconciliation.persistence.MismatchRepository;
import com.trustpay.reconciliation.reconciliation.persistence.ProjectionRepository;
import com.trustpay.reconciliation.reconciliation.persistence.RunRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a reconciliation: compares both sides of every escrow of the window as they stand now, keeps what disagrees
 * (a mismatch found again is the same one; a resolved one found again reopens), publishes the report and alerts on
 * new critical mismatches.
 *
 * <p>All of it is one transaction, the run row included: a run that fails leaves nothing behind, and for a scheduled
 * run a second instance inserting the same key waits for the first one's commit, then finds the run already there
 * and returns it instead of running again.
 */
public class Reconciliations {

    private static final Logger log = LoggerFactory.getLogger(Reconciliations.class);

    private final ProjectionRepository projections;
    private final MismatchRepository mismatches;
    private final RunRepository runs;
    private final ReportPublisher reports;
    private final OpsAlerts alerts;
    private final Matcher matcher;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ProviderReads providers;
    private final ProviderMatcher providerMatcher = new ProviderMatcher();
    private final KnownIdsRepository known;

    public Reconciliations(
            ProjectionRepository projections,
            MismatchRepository mismatches,
            RunRepository runs,
            ReportPublisher reports,
            OpsAlerts alerts,
            Matcher matcher,
            TransactionTemplate tx,
            Clock clock,
            ProviderReads providers,
            KnownIdsRepository known) {
        this.providers = providers;
        this.known = known;
        this.projections = projections;
        this.mismatches = mismatches;
        this.runs = runs;
        this.reports = reports;
        this.alerts = alerts;
        this.matcher = matcher;
        this.tx = tx;
        this.clock = clock;
    }

    /** The outcome of asking for a run: the run, and whether this call ran it or found it already run. */
    public record Outcome(Run run, boolean ranNow) {}

    public Outcome run(RunWindow window) {
        // The providers are read outside the transaction: HTTP must not hold a database connection and locks.
        ProviderView side = providers.read(window.from(), window.to());
        if (!side.complete()) {
            log.warn(
                    "Reconciliation [{}, {}): the providers' side is incomplete, the run says so: {}",
                    window.from(),
                    window.to(),
                    side.failures());
        }
        Outcome outcome = tx.execute(status -> runInTransaction(window, side));
        log.info(
                "Reconciliation {} {} [{}, {}): {} escrows, {} mismatches ({} new, {} reopened){}",
                outcome.run().trigger(),
                outcome.run().id(),
                window.from(),
                window.to(),
                outcome.run().escrowsChecked(),
                outcome.run().mismatchCount(),
                outcome.run().newCount(),
                outcome.run().reopenedCount(),
                outcome.ranNow() ? "" : " (already run by another instance or earlier)");
        return outcome;
    }

    private Outcome runInTransaction(RunWindow window, ProviderView side) {
        Instant started = clock.instant();
        UUID runId = UUID.randomUUID();
        if (!runs.claim(runId, window, started)) {
            return new Outcome(runs.byKey(window.key()).orElseThrow(), false);
        }
        List<ReconciliationCase> cases = projections.cases(projections.escrowsIn(window.from(), window.to()));
        List<Finding> findings = new ArrayList<>(matcher.matchAll(cases, started));
        findings.addAll(providerMatcher.match(side, knownTo(side)));
        Kept kept = keep(findings, runId, started);
        Map<String, Long> counts = new TreeMap<>();
        for (MismatchKind kind : MismatchKind.values()) {
            counts.put(kind.name(), 0L);
        }
        findings.forEach(f -> counts.merge(f.kind().name(), 1L, Long::sum));
        counts.put("escrowsChecked", (long) cases.size());
        counts.put("mismatches", (long) findings.size());
        counts.put("newMismatches", (long) kept.fresh());
        counts.put("reopenedMismatches", (long) kept.reopened());
        // The third side: whether it was read at all, and whether completely. An incomplete run is never clean.
        counts.put("providerSideRead", side == ProviderView.NOT_CONFIGURED ? 0L : 1L);
        counts.put("providerSideIncomplete", side.complete() ? 0L : 1L);
        counts.put("providerReadFailures", (long) side.failures().size());
        Run run = new Run(
                runId,
                window.trigger(),
                window.from(),
                window.to(),
                window.key(),
                started,
                clock.instant(),
                cases.size(),
                findings.size(),
                kept.fresh(),
                kept.reopened(),
                counts,
                0);
        List<Mismatch> found = mismatches.foundByRun(runId);
        int parts = reports.publish(run, found);
        Run done = withParts(run, parts);
        runs.complete(done);
        if (!side.complete()) {
            runs.recordProviderReadFailures(runId, side.failures());
        }
        alertOnCritical(found, kept.alerting());
        return new Outcome(done, true);
    }

    private ProviderMatcher.Known knownTo(ProviderView side) {
        java.util.Set<String> payoutIds = new java.util.HashSet<>();
        java.util.Set<String> payoutRefs = new java.util.HashSet<>();
        side.payouts().forEach(p -> {
            payoutIds.add(p.payoutId());
            if (p.referenceId() != null) {
                payoutRefs.add(p.referenceId());
            }
        });
        java.util.Set<String> paymentIds = new java.util.HashSet<>();
        java.util.Set<String> paymentRefs = new java.util.HashSet<>();
        side.settlements().forEach(s -> {
            paymentIds.add(s.paymentId());
            if (s.referenceId() != null) {
                paymentRefs.add(s.referenceId());
            }
        });
        return known.lookup(payoutIds, paymentIds, payoutRefs, paymentRefs);
    }

    private record Kept(int fresh, int reopened, List<UUID> alerting) {}

    private Kept keep(List<Finding> findings, UUID runId, Instant now) {
        int fresh = 0;
        int reopened = 0;
        List<UUID> ids = new ArrayList<>(findings.size());
        List<UUID> alerting = new ArrayList<>();
        for (Finding f : findings) {
            Optional<UUID> inserted = mismatches.insertNew(f, runId, now);
            if (inserted.isPresent()) {
                fresh++;
                ids.add(inserted.get());
                if (f.kind().alerts()) {
                    alerting.add(inserted.get());
                }
                continue;
            }
            Mismatch kept = mismatches.lockByFingerprint(f.fingerprint());
            boolean reopens = kept.status().reopensWhenFound();
            mismatches.seenAgain(
                    kept.id(), f, kept.status().after(MismatchStatus.Action.FOUND_AGAIN), reopens, runId, now);
            ids.add(kept.id());
            if (reopens) {
                reopened++;
                if (f.kind().alerts()) {
                    alerting.add(kept.id());
                }
            }
        }
        mismatches.foundBy(runId, ids);
        return new Kept(fresh, reopened, alerting);
    }

    private void alertOnCritical(List<Mismatch> found, List<UUID> alertingIds) {
        java.util.Set<UUID> alerting = new java.util.HashSet<>(alertingIds);
        for (Mismatch m : found) {
            if (alerting.contains(m.id())) {
                alerts.raise(Alert.of(
                                Severity.CRITICAL,
                                m.kind().name(),
                                m.finding().escrowId(),
                                "Reconciliation found " + m.kind() + " (mismatch " + m.id() + "): "
                                        + m.finding().detail())
                        .withKey(m.id().toString()));
            }
        }
    }

    private static Run withParts(Run r, int parts) {
        return new Run(
                r.id(),
                r.trigger(),
                r.from(),
                r.to(),
                r.key(),
                r.startedAt(),
                r.finishedAt(),
                r.escrowsChecked(),
                r.mismatchCount(),
                r.newCount(),
                r.reopenedCount(),
                r.counts(),
                parts);
    }
}
