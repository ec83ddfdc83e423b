package com.trustpay.platform.outbox;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.MessageContext;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox: {@link #publish} writes a message in the caller's database transaction; the
 * {@link OutboxRelay} sends it to Kafka after commit. A rolled-back transaction publishes nothing; a committed
 * one is published even if Kafka is down at the time or the process dies before sending.
 *
 * <p>Per-key order: a writer takes a transaction-scoped advisory lock on the message key before it takes its
 * row id, so two transactions writing the same key commit in the order of their ids, and the relay, which
 * sends in id order, sends them in commit order.
 */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;
    private final OutboxRelay relay;

    public Outbox(JdbcTemplate jdbc, EnvelopeCodec codec, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.relay = relay;
    }

    /** Writes {@code message} to the outbox in the current transaction and returns its envelope. */
    public Envelope publish(Message message) {
        return publishAll(List.of(message)).getFirst();
    }

    /**
     * Writes {@code messages} to the outbox in the current transaction, in list order, and returns their envelopes.
     * For writers that commit many messages at once: the key locks are taken in one statement (in a fixed order, so
     * two such writers cannot deadlock each other) and the rows are inserted in one batch.
     */
    public List<Envelope> publishAll(List<? extends Message> messages) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.publish must run inside the caller's database transaction");
        }
        if (messages.isEmpty()) {
            return List.of();
        }
        String traceparent = currentTraceparent();
        List<Envelope> envelopes = new ArrayList<>(messages.size());
        List<Object[]> rows = new ArrayList<>(messages.size());
        for (Message message : messages) {
            Envelope envelope = codec.wrap(message);
            envelopes.add(envelope);
            rows.add(new Object[] {
                envelope.eventId(),
                MessageCatalog.of(message.getClass()).topic(),
                message.key(),
                envelope.type(),
                traceparent,
                codec.encode(envelope)
            });
        }
        lockKeys(messages.stream().map(Message::key).distinct().toList());
        jdbc.batchUpdate(
                "INSERT INTO outbox_message (event_id, topic, message_key, type, traceparent, envelope)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                rows);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return envelopes;
    }

    private void lockKeys(List<String> keys) {
        if (keys.size() == 1) {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtextextended(?, 7))", Object.class, keys.getFirst());
            return;
        }
        jdbc.query(
                "SELECT pg_advisory_xact_lock(h) FROM"
                        + " (SELECT DISTINCT hashtextextended(k, 7) AS h FROM unnest(?::text[]) AS k ORDER BY h) AS sorted",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", keys.toArray())),
                rs -> {});
    }

    private static String currentTraceparent() {
        MessageContext context = MessageContext.current();
        if (context != null && context.traceparent() != null) {
            return context.traceparent();
        }
        String traceId = MDC.get("traceId");
        String spanId = MDC.get("spanId");
        return traceId != null && spanId != null ? "00-" + traceId + "-" + spanId + "-01" : null;
    }
}
