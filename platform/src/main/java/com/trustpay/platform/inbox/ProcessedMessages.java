package com.trustpay.platform.inbox;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The idempotent-consumer guard. A handler calls {@link #firstDelivery} in its own transaction before it
 * applies a message; the event id is recorded in that transaction, so a redelivered message (or one that
 * arrives again after a crash) is recognised and has no effect, and a handler that fails records nothing.
 */
public class ProcessedMessages {

    private final JdbcTemplate jdbc;

    public ProcessedMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code consumer} handles {@code eventId} now.
     *
     * @return {@code true} the first time; {@code false} if this consumer already handled that event
     */
    public boolean firstDelivery(String consumer, UUID eventId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Record a processed message in the handler's own transaction");
        }
        int inserted = jdbc.update(
                "INSERT INTO processed_message (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                consumer,
                eventId);
        return inserted == 1;
    }
}
