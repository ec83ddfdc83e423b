package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.escrow.escrow.persistence.EscrowRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inspection period's clock (ADR 0018): releases held escrows whose inspection period ended with neither a
 * confirmation nor a dispute, and sends the reminder once, {@code lead} before the end. Rows are locked with the
 * shared due-rows helper ({@code FOR UPDATE SKIP LOCKED}) inside the transaction that changes them, as
 * {@link CodeExpiry} does, so any number of instances share the work and none releases or reminds an escrow twice:
 * a row another instance holds is skipped, and once its change commits the row is no longer due. Run every
 * {@code trustpay.escrow.inspection-sweep} by a platform {@code PeriodicJob} (see {@code EscrowConfiguration}).
 */
public class InspectionSweep {

    private static final int BATCH = 100;

    private final EscrowRepository escrows;
    private final EscrowStore store;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration reminderLead;

    public InspectionSweep(
            EscrowRepository escrows, EscrowStore store, TransactionTemplate tx, Clock clock, Duration reminderLead) {
        this.escrows = escrows;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.reminderLead = reminderLead;
    }

    /** Releases every ended inspection, then sends the reminders that are due, batch after batch. */
    public void sweep() {
        int done;
        do {
            done = releaseEndedInspections();
        } while (done == BATCH);
        do {
            done = sendReminders();
        } while (done == BATCH);
    }

    /** Releases one batch of escrows whose inspection period ended; how many were locked. */
    public int releaseEndedInspections() {
        return work((now, limit) -> escrows.lockEndedInspections(now, limit), Escrow::releaseAfterInspection);
    }

    /** Sends the reminder for one batch of escrows whose inspection period ends soon; how many were locked. */
    public int sendReminders() {
        return work(
                (now, limit) -> escrows.lockInspectionReminders(now, reminderLead, limit),
                Escrow::remindInspectionEnding);
    }

    private int work(
            BiFunction<Instant, Integer, List<UUID>> lock, BiFunction<Escrow, Instant, List<EscrowEvent>> step) {
        Integer locked = tx.execute(status -> {
            Instant now = clock.instant();
            List<UUID> due = lock.apply(now, BATCH);
            for (UUID id : due) {
                Escrow escrow = escrows.find(id).orElseThrow();
                List<EscrowEvent> events = step.apply(escrow, now);
                if (!events.isEmpty()) {
                    store.update(escrow, events, null);
                }
            }
            return due.size();
        });
        return locked == null ? 0 : locked;
    }
}
