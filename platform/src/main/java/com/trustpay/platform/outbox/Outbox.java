package com.trustpay.platform.outbox;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.platform.messaging.EnvelopeCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    private final OutboxTracing tracing;

    public Outbox(JdbcTemplate jdbc, EnvelopeCodec codec, OutboxRelay relay) {
        this(jdbc, codec, relay, new OutboxTracing());
    }

    /** With {@code tracing}: each row stores the writer's trace context (ADR 0015). */
    public Outbox(JdbcTemplate jdbc, EnvelopeCodec codec, OutboxRelay relay, OutboxTracing tracing) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.relay = relay;
        this.tracing = tracing;
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
        return publishAll(messages, Collections.nCopies(messages.size(), tracing.currentTraceparent()));
    }

    /**
     * The W3C trace context of the span the calling thread runs in, or {@code null}: for writers that take work on one
     * thread and write it to the outbox on another, so that each row can carry the trace of the work it came from.
     */
    public String currentTraceparent() {
        return tracing.currentTraceparent();
    }

    /**
     * As {@link #publishAll(List)}, with the trace context of each message given by the caller: {@code
     * traceparents.get(i)} (captured with {@link #currentTraceparent()} where the work began, or {@code null}) is
     * stored with {@code messages.get(i)}.
     */
    public List<Envelope> publishAll(List<? extends Message> messages, List<String> traceparents) {
        if (traceparents.size() != messages.size()) {
            throw new IllegalArgumentException(
                    messages.size() + " messages but " + traceparents.size() + " trace contexts");
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.publish must run inside the caller's database transaction");
        }
        if (messages.isEmpty()) {
            return List.of();
        }
        List<Envelope> envelopes = new ArrayList<>(messages.size());
        List<Object[]> rows = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            String traceparent = traceparents.get(i);
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
}
