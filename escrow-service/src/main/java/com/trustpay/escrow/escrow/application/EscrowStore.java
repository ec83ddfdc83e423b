package com.trustpay.escrow.escrow.application;

import com.trustpay.contracts.PartyRole;
import com.trustpay.escrow.escrow.domain.DisputeMessage;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.escrow.escrow.persistence.DisputeMessages;
import com.trustpay.escrow.escrow.persistence.EscrowRepository;
import com.trustpay.escrow.escrow.persistence.HistoryRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes an escrow's change as one unit in the caller's transaction: the row (optimistically locked), one
 * timeline row per event, the dispute thread's new messages, and the outgoing messages.
 */
public class EscrowStore {

    private final EscrowRepository escrows;
    private final HistoryRepository history;
    private final EscrowEventPublisher publisher;
    private final DisputeMessages thread;
    private final Clock clock;

    public EscrowStore(
            EscrowRepository escrows,
            HistoryRepository history,
            EscrowEventPublisher publisher,
            DisputeMessages thread,
            Clock clock) {
        this.escrows = escrows;
        this.history = history;
        this.publisher = publisher;
        this.thread = thread;
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
            history.append(escrow.id(), Timeline.entry(escrow, event, actorId, clock.instant()));
            threadMessage(escrow, event).ifPresent(message -> thread.append(escrow.id(), message));
        }
        publisher.publish(escrow, events);
    }

    /** The thread message an event adds: a posted one, or the dispute's reason as the thread's first. */
    private Optional<DisputeMessage> threadMessage(Escrow escrow, EscrowEvent event) {
        return switch (event) {
            case EscrowEvent.DisputeMessagePosted e -> Optional.of(e.message());
            case EscrowEvent.Disputed e ->
                Optional.of(new DisputeMessage(
                        UUID.randomUUID(),
                        e.byUserId(),
                        escrow.roleOf(e.byUserId()).orElseThrow() == PartyRole.PAYER
                                ? DisputeMessage.Author.PAYER
                                : DisputeMessage.Author.PAYEE,
                        e.reason(),
                        clock.instant()));
            default -> Optional.empty();
        };
    }
}
