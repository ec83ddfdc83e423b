package com.trustpay.webhook.ingest.messaging;

import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.webhook.ingest.application.OpsAlerts;
import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes {@link AdminAlert}s (severity WARNING, no escrow) through the outbox, each in its own transaction. */
public class OutboxOpsAlerts implements OpsAlerts {

    static final String SOURCE = "webhook-ingest";

    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public OutboxOpsAlerts(Outbox outbox, TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void raise(String kind, String detail) {
        AdminAlert alert =
                new AdminAlert(UUID.randomUUID(), Severity.WARNING, kind, null, SOURCE, detail, clock.instant());
        transaction.executeWithoutResult(status -> outbox.publish(alert));
    }
}
