package com.trustpay.platform.deadletter;

import com.trustpay.contracts.ops.Severity;
import com.trustpay.platform.messaging.DeadLetterSink;
import com.trustpay.platform.messaging.FailureKind;
import com.trustpay.platform.messaging.FailureReasons;
import com.trustpay.platform.messaging.MessageHeaders;
import com.trustpay.platform.ops.Alert;
import com.trustpay.platform.ops.OpsAlerts;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * This service's dead letters: each record its consumers gave up on is kept in {@code dead_letter} with an
 * {@code AdminAlert} ({@value #ALERT_KIND}) in the same transaction, counted by the gauge
 * {@code trustpay.deadletters.open}, and stays open until an operator replays it (hands it again to the listener that
 * failed, which its {@code ProcessedMessages} guard makes safe to repeat) or discards it with a note.
 *
 * <p>Alerts are counted per consumer group and topic: a burst of dead letters on one topic is one alert with a count,
 * the first naming the record; the table (and the {@code deadletters} actuator endpoint) lists every one.
 */
public class DeadLetters implements DeadLetterSink {

    public static final String ALERT_KIND = "MESSAGE_DEAD_LETTERED";
    /** Header a replayed record carries: the dead letter's id. */
    public static final String REPLAY_HEADER = "tp-replay-of";

    static final int MAX_NOTE = 500;

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final TypeReference<List<Map<String, String>>> HEADERS = new TypeReference<>() {};
    private static final String COLUMNS = "id, consumer_group, topic, kafka_partition, record_offset, message_key,"
            + " event_id, type, failure_kind, reason, status, dead_lettered_at, replay_attempts, last_replay_error,"
            + " closed_at, note";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final OpsAlerts alerts;
    private final Redelivery redelivery;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong open = new AtomicLong();

    public DeadLetters(JdbcTemplate jdbc, TransactionTemplate tx, OpsAlerts alerts, Redelivery redelivery) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.alerts = alerts;
        this.redelivery = redelivery;
    }

    @Override
    public void deadLettered(ConsumerRecord<?, ?> record, String group, Throwable failure, FailureKind kind) {
        String reason = FailureReasons.describe(failure);
        String key = record.key() == null ? null : record.key().toString();
        UUID eventId = uuid(header(record, MessageHeaders.EVENT_ID));
        String type = header(record, MessageHeaders.TYPE);
        Long id = tx.execute(status -> {
            List<Long> inserted = jdbc.queryForList(
                    """
                    INSERT INTO dead_letter (consumer_group, topic, kafka_partition, record_offset, message_key,
                        event_id, type, headers, payload, record_timestamp, failure_kind, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                    ON CONFLICT (consumer_group, topic, kafka_partition, record_offset) DO NOTHING
                    RETURNING id""",
                    Long.class,
                    group,
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    key,
                    eventId,
                    type,
                    headersJson(record),
                    record.value() instanceof byte[] bytes ? bytes : null,
                    record.timestamp(),
                    kind.name(),
                    reason);
            if (inserted.isEmpty()) {
                return null;
            }
            long newId = inserted.getFirst();
            alerts.raise(
                    alert(newId, record, group, type, eventId, reason, kind).withKey(group + "/" + record.topic()));
            return newId;
        });
        if (id != null) {
            refreshQuietly();
        }
    }

    private Alert alert(
            long id,
            ConsumerRecord<?, ?> record,
            String group,
            String type,
            UUID eventId,
            String reason,
            FailureKind kind) {
        String text = "%s message on %s partition %d offset %d (%s, event %s) was dead-lettered by %s as #%d: %s."
                        .formatted(
                                kind == FailureKind.POISON ? "An unreadable" : "A refused",
                                record.topic(),
                                record.partition(),
                                record.offset(),
                                type == null ? "no type" : type,
                                eventId == null ? "unknown" : eventId,
                                group,
                                id,
                                reason)
                + " Replay it after the fix (POST /actuator/deadletters/" + id
                + "/replay on the management port) or discard it with a note.";
        UUID escrowId = record.key() == null ? null : uuid(record.key().toString());
        return Alert.of(Severity.WARNING, ALERT_KIND, escrowId, text);
    }

    /** The dead letters with {@code status} (or all when {@code null}), newest first, at most {@code limit}. */
    public List<DeadLetter> list(String status, int limit) {
        return status == null
                ? jdbc.query(
                        "SELECT " + COLUMNS + " FROM dead_letter ORDER BY id DESC LIMIT ?", DeadLetters::row, limit)
                : jdbc.query(
                        "SELECT " + COLUMNS + " FROM dead_letter WHERE status = ? ORDER BY id DESC LIMIT ?",
                        DeadLetters::row,
                        status,
                        limit);
    }

    public Optional<DeadLetter> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ?", DeadLetters::row, id).stream()
                .findFirst();
    }

    /**
     * Hands dead letter {@code id} again to the listener that failed on it. On success it is marked replayed; a
     * failure is recorded on it and it stays open. Replaying one already replayed does nothing; should a replay die
     * between the listener's commit and the marking, the next replay finds the message processed and marks it.
     */
    public Result replay(long id) {
        Optional<StoredRecord> stored = stored(id);
        if (stored.isEmpty()) {
            return new Result(id, Result.Outcome.NOT_FOUND, null);
        }
        StoredRecord dead = stored.get();
        if (DeadLetter.REPLAYED.equals(dead.status())) {
            return new Result(id, Result.Outcome.ALREADY_REPLAYED, null);
        }
        if (!DeadLetter.OPEN.equals(dead.status())) {
            return new Result(id, Result.Outcome.NOT_OPEN, "dead letter #" + id + " is " + dead.status());
        }
        try {
            redelivery.redeliver(dead.group(), dead.record());
        } catch (RuntimeException e) {
            String error = FailureReasons.describe(e);
            jdbc.update(
                    "UPDATE dead_letter SET replay_attempts = replay_attempts + 1, last_replay_error = ? WHERE id = ?",
                    error,
                    id);
            log.warn("Replay of dead letter #{} failed; it stays open: {}", id, error);
            return new Result(id, Result.Outcome.FAILED, error);
        }
        int marked = jdbc.update("""
                UPDATE dead_letter SET status = 'REPLAYED', closed_at = now(), replay_attempts = replay_attempts + 1,
                    last_replay_error = NULL
                WHERE id = ? AND status = 'OPEN'""", id);
        refreshOpenCount();
        log.info(
                "Dead letter #{} ({}-{}@{}) replayed",
                id,
                dead.record().topic(),
                dead.record().partition(),
                dead.record().offset());
        return new Result(id, marked == 1 ? Result.Outcome.REPLAYED : Result.Outcome.ALREADY_REPLAYED, null);
    }

    /** Closes dead letter {@code id} without processing it; {@code note} (required, at most 500 characters) says why. */
    public Result discard(long id, String note) {
        if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A discard needs a note of 1 to " + MAX_NOTE + " characters");
        }
        int closed = jdbc.update(
                "UPDATE dead_letter SET status = 'DISCARDED', closed_at = now(), note = ? WHERE id = ? AND status = 'OPEN'",
                note.strip(),
                id);
        refreshOpenCount();
        if (closed == 1) {
            log.info("Dead letter #{} discarded: {}", id, note.strip());
            return new Result(id, Result.Outcome.DISCARDED, null);
        }
        return find(id).map(d -> new Result(id, Result.Outcome.NOT_OPEN, "dead letter #" + id + " is " + d.status()))
                .orElseGet(() -> new Result(id, Result.Outcome.NOT_FOUND, null));
    }

    /** Open dead letters, as last counted; what the gauge reports. */
    public long openCount() {
        return open.get();
    }

    /** Counts the open dead letters again (every replica reports the same number, from the database). */
    public void refreshOpenCount() {
        open.set(jdbc.queryForObject("SELECT count(*) FROM dead_letter WHERE status = 'OPEN'", Long.class));
    }

    /** Recounts, keeping the last count if the database does not answer (the periodic recount catches up). */
    public void refreshQuietly() {
        try {
            refreshOpenCount();
        } catch (RuntimeException e) {
            log.debug("Could not count open dead letters: {}", e.toString());
        }
    }

    private Optional<StoredRecord> stored(long id) {
        return jdbc
                .query(
                        """
                        SELECT consumer_group, topic, kafka_partition, record_offset, message_key, headers::text,
                            payload, record_timestamp, status
                        FROM dead_letter WHERE id = ?""",
                        (rs, n) -> new StoredRecord(
                                rs.getString("consumer_group"),
                                rs.getString("status"),
                                new ConsumerRecord<>(
                                        rs.getString("topic"),
                                        rs.getInt("kafka_partition"),
                                        rs.getLong("record_offset"),
                                        rs.getLong("record_timestamp"),
                                        TimestampType.CREATE_TIME,
                                        -1,
                                        -1,
                                        rs.getString("message_key"),
                                        rs.getBytes("payload"),
                                        headers(rs.getString("headers"), id),
                                        Optional.empty())),
                        id)
                .stream()
                .findFirst();
    }

    private String headersJson(ConsumerRecord<?, ?> record) {
        List<Map<String, String>> headers = new ArrayList<>();
        for (Header h : record.headers()) {
            if (!h.key().startsWith("kafka_")) {
                headers.add(Map.of(
                        "key",
                        h.key(),
                        "value",
                        Base64.getEncoder().encodeToString(h.value() == null ? new byte[0] : h.value())));
            }
        }
        return json.writeValueAsString(headers);
    }

    private RecordHeaders headers(String stored, long id) {
        RecordHeaders headers = new RecordHeaders();
        for (Map<String, String> h : json.readValue(stored, HEADERS)) {
            headers.add(h.get("key"), Base64.getDecoder().decode(h.get("value")));
        }
        headers.add(REPLAY_HEADER, Long.toString(id).getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static UUID uuid(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static DeadLetter row(ResultSet rs, int n) throws SQLException {
        return new DeadLetter(
                rs.getLong("id"),
                rs.getString("consumer_group"),
                rs.getString("topic"),
                rs.getInt("kafka_partition"),
                rs.getLong("record_offset"),
                rs.getString("message_key"),
                rs.getObject("event_id", UUID.class),
                rs.getString("type"),
                rs.getString("failure_kind"),
                rs.getString("reason"),
                rs.getString("status"),
                rs.getTimestamp("dead_lettered_at").toInstant(),
                rs.getInt("replay_attempts"),
                rs.getString("last_replay_error"),
                rs.getTimestamp("closed_at") == null
                        ? null
                        : rs.getTimestamp("closed_at").toInstant(),
                rs.getString("note"));
    }

    private record StoredRecord(String group, String status, ConsumerRecord<String, byte[]> record) {}

    /** What an operator's command did to a dead letter. */
    public record Result(long id, Outcome outcome, String error) {

        public enum Outcome {
            REPLAYED,
            ALREADY_REPLAYED,
            DISCARDED,
            FAILED,
            NOT_OPEN,
            NOT_FOUND
        }
    }
}
