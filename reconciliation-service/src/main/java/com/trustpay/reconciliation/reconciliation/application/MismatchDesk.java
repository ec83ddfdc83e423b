package com.trustpay.reconciliation.reconciliation.application;

import com.trustpay.platform.problem.ProblemException;
import com.trustpay.reconciliation.reconciliation.domain.Mismatch;
import com.trustpay.reconciliation.reconciliation.domain.MismatchStatus;
import com.trustpay.reconciliation.reconciliation.domain.MismatchStatus.Action;
import com.trustpay.reconciliation.reconciliation.persistence.MismatchRepository;
import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** What admins do with a mismatch: acknowledge it (someone is on it) or resolve it, each with a note. */
public class MismatchDesk {

    private final MismatchRepository mismatches;
    private final TransactionTemplate tx;
    private final Clock clock;

    public MismatchDesk(MismatchRepository mismatches, TransactionTemplate tx, Clock clock) {
        this.mismatches = mismatches;
        this.tx = tx;
        this.clock = clock;
    }

    public Mismatch acknowledge(UUID id, String note, String admin) {
        return act(id, Action.ACKNOWLEDGE, note, admin);
    }

    public Mismatch resolve(UUID id, String note, String admin) {
        return act(id, Action.RESOLVE, note, admin);
    }

    private Mismatch act(UUID id, Action action, String note, String admin) {
        return tx.execute(status -> {
            Mismatch current = find(id);
            MismatchStatus next = current.status().after(action);
            if (!mismatches.note(id, current.status(), next, note, admin, clock.instant())) {
                throw ProblemException.conflict(
                        "MISMATCH_CHANGED", "The mismatch changed while this was being saved; look again");
            }
            return find(id);
        });
    }

    private Mismatch find(UUID id) {
        return mismatches
                .byId(id)
                .orElseThrow(() -> ProblemException.notFound("MISMATCH_NOT_FOUND", "No mismatch " + id));
    }
}
