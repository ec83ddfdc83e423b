package com.trustpay.reconciliation.reconciliation.application;

import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.reconciliation.reconciliation.domain.EscrowChange;
import com.trustpay.reconciliation.reconciliation.domain.RecordChange;
import com.trustpay.reconciliation.reconciliation.persistence.ProjectionRepository;
import java.time.Instant;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps both sides as their events arrive, each event once: the processed-message record and the change commit
 * together, so a redelivered event has no effect.
 */
public class Projections {

    private final ProjectionRepository projections;
    private final ProcessedMessages processed;
    private final TransactionTemplate tx;

    public Projections(ProjectionRepository projections, ProcessedMessages processed, TransactionTemplate tx) {
        this.projections = projections;
        this.processed = processed;
        this.tx = tx;
    }

    public void escrowChanged(UUID eventId, EscrowChange change) {
        once(eventId, () -> projections.apply(change));
    }

    public void recordChanged(UUID eventId, RecordChange change) {
        once(eventId, () -> projections.apply(change));
    }

    /** A fact payment-service reported only as an alert (a reversal, a second payout). */
    public void flagged(UUID eventId, UUID escrowId, String kind, String detail, Instant at) {
        once(eventId, () -> projections.flag(escrowId, kind, detail, at));
    }

    /** An event that changes neither side, recorded as handled. */
    public void ignored(UUID eventId) {
        once(eventId, () -> {});
    }

    private void once(UUID eventId, Runnable change) {
        tx.executeWithoutResult(status -> {
            if (processed.firstDelivery(eventId)) {
                change.run();
            }
        });
    }
}
