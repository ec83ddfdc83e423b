package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.escrow.escrow.domain.TimelineEntry;
import com.trustpay.escrow.escrow.persistence.EscrowRepository;
import com.trustpay.escrow.escrow.persistence.HistoryRepository;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Writes an escrow's change as one unit in the caller's transaction: the row (optimistically locked), one
 * timeline row per event, and the outgoing messages.
 */
public class EscrowStore {

    private final EscrowRepository escrows;
    private final HistoryRepository history;
    private final EscrowEventPublisher publisher;
    private final Clock clock;

    public EscrowStore(
            EscrowRepository escrows, HistoryRepository history, EscrowEventPublisher publisher, Clock clock) {
        this.escrows = escrows;
        this.history = history;
        this.publisher = publisher;
        this.clock = clock;
    }

    public void insert(Escrow escrow, List<EscrowEvent> events, UUID actorId) {
        escrows.insert(escrow);
        record(escrow, events, actorId);
    }

    public void update(Escrow escrow, List<EscrowEvent> events, UUID actorId) {
        escrows.update(escrow);
        record(escrow, events, actorId);
    }

    private void record(Escrow escrow, List<EscrowEvent> events, UUID actorId) {
        for (EscrowEvent event : events) {
            history.append(
                    escrow.id(),
                    new TimelineEntry(
                            event.kind(),
                            event.transition().from(),
                            event.transition().to(),
                            actorId,
                            Timeline.describe(event),
                            clock.instant()));
        }
        publisher.publish(escrow, events);
    }
}
