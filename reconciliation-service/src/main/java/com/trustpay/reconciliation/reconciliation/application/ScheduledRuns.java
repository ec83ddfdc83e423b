package com.trustpay.reconciliation.reconciliation.application;

import com.trustpay.reconciliation.reconciliation.domain.RunWindow;
import com.trustpay.reconciliation.reconciliation.persistence.RunRepository;
import java.time.Clock;
import java.time.Duration;

/**
 * The scheduled runs: the rolling window (stuck payments) and the previous IST day. Every instance calls these on its
 * own schedule; the run key makes each window run once.
 */
public class ScheduledRuns {

    private final Reconciliations reconciliations;
    private final RunRepository runs;
    private final Clock clock;
    private final Duration rollingEvery;

    public ScheduledRuns(Reconciliations reconciliations, RunRepository runs, Clock clock, Duration rollingEvery) {
        this.reconciliations = reconciliations;
        this.runs = runs;
        this.clock = clock;
        this.rollingEvery = rollingEvery;
    }

    /** Runs the last whole rolling window unless it ran already. */
    public Reconciliations.Outcome rolling() {
        return runOnce(RunWindow.rolling(clock.instant(), rollingEvery));
    }

    /** Runs yesterday (IST) unless it ran already; called often, it runs once a day. */
    public Reconciliations.Outcome daily() {
        return runOnce(RunWindow.previousIstDay(clock.instant()));
    }

    private Reconciliations.Outcome runOnce(RunWindow window) {
        if (runs.exists(window.key())) {
            return new Reconciliations.Outcome(runs.byKey(window.key()).orElseThrow(), false);
        }
        return reconciliations.run(window);
    }
}
