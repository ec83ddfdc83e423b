package com.trustpay.platform.inbox;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The idempotent-consumer guard. A handler calls {@link #firstDelivery} in its own transaction before it
 * applies a message; the event id is recorded in that transaction, so a redelivered message (or one that
 * arrives again after a crash) is recognised and has no effect, and a handler that fails records nothing.
 *
 * <p>The platform's bean records under the service's name ({@code spring.application.name}), so handlers do not
 * name themselves. A service that handles one event twice, for two independent effects that must each happen
 * once, gives the second handler its own record with {@link #subConsumer}.
 */
public class ProcessedMessages {

    private final JdbcTemplate jdbc;
    private final String consumer;

    public ProcessedMessages(JdbcTemplate jdbc, String consumer) {
        if (consumer == null || consumer.isBlank()) {
            throw new IllegalArgumentException("A processed-message guard needs a consumer name");
        }
        this.jdbc = jdbc;
        this.consumer = consumer;
    }

    /** The name this guard records processed messages under. */
    public String consumer() {
        return consumer;
    }

    /**
     * A guard of its own for a second consumer of the same events inside this service, recorded as
     * {@code <consumer>/<name>}: an event it handled does not count as handled by this one, nor the other way round.
     */
    public ProcessedMessages subConsumer(String name) {
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("A sub-consumer needs a plain name, not '" + name + "'");
        }
        return new ProcessedMessages(jdbc, consumer + "/" + name.strip());
    }

    /**
     * Records that this consumer handles {@code eventId} now.
     *
     * @return {@code true} the first time; {@code false} if this consumer already handled that event
     */
    public boolean firstDelivery(UUID eventId) {
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
