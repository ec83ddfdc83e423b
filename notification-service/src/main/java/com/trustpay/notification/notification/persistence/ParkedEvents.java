package com.trustpay.notification.notification.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code parked_event}: envelopes waiting for facts about their escrow that are still on another topic. */
public class ParkedEvents {

    /** A parked envelope, as it came from Kafka. */
    public record Parked(UUID eventId, byte[] envelope) {}

    private final JdbcTemplate jdbc;

    public ParkedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises the handling of one escrow's events until the transaction ends, so that an event parked for missing
     * facts and the facts arriving on another topic's thread cannot miss each other (each would otherwise commit
     * without seeing the other's uncommitted row, and the parked event would wait forever).
     * Takes the transaction-scoped lock of one escrow, by its {@link #lockKey}.
     */
    public void lock(long key) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", key);
    }

    /** The advisory-lock key of an escrow; a transaction locking several escrows takes their keys in ascending order. */
    public static long lockKey(UUID escrowId) {
        return escrowId.getMostSignificantBits() ^ escrowId.getLeastSignificantBits();
    }

    public void park(UUID eventId, UUID escrowId, byte[] envelope) {
        jdbc.update(
                "INSERT INTO parked_event (event_id, escrow_id, envelope) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                eventId,
                escrowId,
                envelope);
    }

    /** The escrow's parked envelopes in the order they arrived, locked for the caller's transaction. */
    public List<Parked> of(UUID escrowId) {
        return jdbc.query(
                "SELECT event_id, envelope FROM parked_event WHERE escrow_id = ? ORDER BY parked_at, event_id"
                        + " FOR UPDATE",
                (rs, i) -> new Parked(rs.getObject(1, UUID.class), rs.getBytes(2)),
                escrowId);
    }

    public void release(UUID eventId) {
        jdbc.update("DELETE FROM parked_event WHERE event_id = ?", eventId);
    }
}
