package com.trustpay.escrow.escrow.messaging;

import com.trustpay.contracts.Message;
import com.trustpay.escrow.escrow.application.EscrowEventPublisher;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.platform.outbox.Outbox;
import java.time.Clock;
import java.util.List;

/** Publishes an escrow's events through the transactional outbox, so they commit with the state change. */
public class OutboxEscrowEventPublisher implements EscrowEventPublisher {

    private final Outbox outbox;
    private final Clock clock;

    public OutboxEscrowEventPublisher(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void publish(Escrow escrow, List<EscrowEvent> events) {
        for (EscrowEvent event : events) {
            for (Message message : EscrowMessages.of(escrow.id(), event, clock.instant())) {
                outbox.publish(message);
            }
        }
    }
}
