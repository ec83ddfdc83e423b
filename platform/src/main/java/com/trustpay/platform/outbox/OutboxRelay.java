package com.trustpay.platform.outbox;

import com.trustpay.platform.messaging.MessageHeaders;
import com.trustpay.platform.messaging.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed outbox rows to Kafka in id order and marks them published.
 *
 * <p>One relay per database works at a time (a transaction-scoped advisory lock), so several instances of a
 * service can run without sending out of order. A batch is sent pipelined and its acknowledgements are
 * awaited in order; rows up to the first failure are marked, the rest stay for the next round, which starts
 * after an exponential pause. Delivery is at least once: consumers de-duplicate by event id.
 *
 * <p>Rows are not locked with {@code FOR UPDATE}: the advisory lock already makes this relay the only one, and
 * nothing else changes outbox rows, so a row lock would only cost a WAL record per row. Published rows are kept
 * for {@link OutboxProperties#retention()} with their {@code published_at}; with a retention of zero they are
 * deleted as they are published instead, which writes far less (a non-HOT update copies the whole row and adds
 * three index entries; a delete is one small record) — for services whose messages are kept elsewhere anyway.
 * A relay woken by a commit may {@linkplain OutboxProperties#linger() linger} a moment first, so that under load
 * one round carries the rows of many commits.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x7472757374706179L; // "trustpay"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TopicNames topics;
    private final OutboxProperties properties;
    private final OutboxTracing tracing;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile Thread worker;
    private volatile boolean running;

    public OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            KafkaTemplate<String, byte[]> kafka,
            TopicNames topics,
            OutboxProperties properties) {
        this(jdbc, tx, kafka, topics, properties, new OutboxTracing());
    }

    /** With {@code tracing}: each row is sent in a span continuing the trace it was written in (ADR 0015). */
    public OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            KafkaTemplate<String, byte[]> kafka,
            TopicNames topics,
            OutboxProperties properties,
            OutboxTracing tracing) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.topics = topics;
        this.properties = properties;
        this.tracing = tracing;
    }

    /** Asks the relay to look for new rows now rather than at its next poll. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /**
     * Sends one batch of unpublished rows, if this relay holds the lock.
     *
     * @return how many rows were published, and whether Kafka failed to acknowledge some
     */
    public RelayResult relayOnce() {
        RelayResult result = tx.execute(status -> {
            // The round's own commit need not wait for its WAL flush: were a crash to lose it, its rows would be
            // sent again, which at-least-once delivery allows; the business transactions stay synchronous.
            Boolean locked = jdbc.queryForObject(
                    "SELECT pg_try_advisory_xact_lock(?) AND set_config('synchronous_commit', 'off', true) = 'off'",
                    Boolean.class,
                    RELAY_LOCK);
            if (!Boolean.TRUE.equals(locked)) {
                return new RelayResult(0, false);
            }
            List<Row> rows = jdbc.query(
                    "SELECT id, event_id, topic, message_key, type, traceparent, envelope FROM outbox_message"
                            + " WHERE published_at IS NULL ORDER BY id LIMIT ?",
                    (rs, i) -> new Row(
                            rs.getLong("id"),
                            rs.getObject("event_id", UUID.class),
                            rs.getString("topic"),
                            rs.getString("message_key"),
                            rs.getString("type"),
                            rs.getString("traceparent"),
                            rs.getBytes("envelope")),
                    properties.batchSize());
            return send(rows);
        });
        return result == null ? new RelayResult(0, false) : result;
    }

    private RelayResult send(List<Row> rows) {
        List<CompletableFuture<SendResult<String, byte[]>>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            try {
                acks.add(tracing.continueTrace(row.traceparent(), row.topic(), () -> kafka.send(record(row))));
            } catch (RuntimeException e) {
                recordFailure(row, e);
                break;
            }
        }
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                published.add(rows.get(i).id());
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                recordFailure(rows.get(i), e);
                break;
            }
        }
        if (!published.isEmpty()) {
            String mark = properties.retention().isZero()
                    ? "DELETE FROM outbox_message WHERE id = ANY(?)"
                    : "UPDATE outbox_message SET published_at = now() WHERE id = ANY(?)";
            jdbc.update(connection -> {
                var statement = connection.prepareStatement(mark);
                statement.setArray(1, connection.createArrayOf("bigint", published.toArray()));
                return statement;
            });
        }
        return new RelayResult(published.size(), published.size() < rows.size());
    }

    private ProducerRecord<String, byte[]> record(Row row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.of(row.topic()), row.key(), row.envelope());
        record.headers().add(MessageHeaders.EVENT_ID, row.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(MessageHeaders.TYPE, row.type().getBytes(StandardCharsets.UTF_8));
        if (row.traceparent() != null) {
            record.headers().add(MessageHeaders.TRACEPARENT, row.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private void recordFailure(Row row, Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        log.warn("Outbox message {} ({}) not yet published: {}", row.eventId(), row.type(), cause.toString());
        jdbc.update(
                "UPDATE outbox_message SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                abbreviate(cause.toString()),
                row.id());
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /**
     * How long the oldest unpublished row has waited, in seconds (0 when none): the {@code trustpay.outbox.lag}
     * gauge. Read from the table, so every instance reports the same whichever of them relays.
     */
    public double lagSeconds() {
        Double lag = jdbc.queryForObject(
                "SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 FROM outbox_message"
                        + " WHERE published_at IS NULL",
                Double.class);
        return lag == null ? 0 : Math.max(0, lag);
    }

    /** Deletes published rows older than the retention. */
    public int purge() {
        return jdbc.update(
                "DELETE FROM outbox_message WHERE published_at < now() - make_interval(secs => ?)",
                properties.retention().toSeconds());
    }

    private void loop() {
        Duration pause = Duration.ZERO;
        long lastPurge = System.nanoTime();
        while (running) {
            try {
                if (!pause.isZero()) {
                    sleepOrWake(pause);
                }
                RelayResult result = relayOnce();
                if (result.stalled()) {
                    pause = backoff(pause);
                    kafka.getProducerFactory().reset();
                    continue;
                }
                pause = result.published() >= properties.batchSize() ? Duration.ZERO : properties.pollInterval();
                if (System.nanoTime() - lastPurge > Duration.ofMinutes(10).toNanos()) {
                    purge();
                    lastPurge = System.nanoTime();
                }
            } catch (RuntimeException e) {
                log.warn("Outbox relay round failed: {}", e.toString());
                pause = backoff(pause);
            }
        }
    }

    private Duration backoff(Duration pause) {
        Duration next = pause.isZero() || pause.compareTo(properties.pollInterval()) <= 0
                ? Duration.ofMillis(500)
                : pause.multipliedBy(2);
        return next.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : next;
    }

    private void sleepOrWake(Duration pause) {
        try {
            if (wakeUps.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                if (properties.linger().isPositive()) {
                    Thread.sleep(properties.linger());
                }
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void start() {
        if (!properties.relayEnabled() || running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            wakeUp();
            try {
                thread.join(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Row(
            long id, UUID eventId, String topic, String key, String type, String traceparent, byte[] envelope) {}

    /**
     * The outcome of one round.
     *
     * @param stalled Kafka did not acknowledge some rows; they wait for the next round
     */
    public record RelayResult(int published, boolean stalled) {}
}
