package com.trustpay.escrow.escrow.messaging;

import com.trustpay.contracts.Message;
import com.trustpay.escrow.escrow.application.EscrowEventPublisher;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.platform.ops.OpsAlerts;
import com.trustpay.platform.outbox.Outbox;
import java.util.List;

/**
 * Publishes an escrow's events through the transactional outbox, and raises the alerts they call for, so that both
 * commit with the state change.
 */
public class OutboxEscrowEventPublisher implements EscrowEventPublisher {

    private final Outbox outbox;
    private final OpsAlerts alerts;

    public OutboxEscrowEventPublisher(Outbox outbox, OpsAlerts alerts) {
        this.outbox = outbox;
        this.alerts = alerts;
    }

    @Override
    public void publish(Escrow escrow, List<EscrowEvent> events) {
        for (EscrowEvent event : events) {
            for (Message message : EscrowMessages.of(escrow.id(), event)) {
                outbox.publish(message);
            }
            EscrowMessages.alertOf(escrow.id(), event).ifPresent(alerts::raise);
        }
    }
}
