package com.trustpay.payment.audit.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code payment_audit} table: append and read by escrow. */
public class AuditRepository {

    /** What an entry records. */
    public enum Kind {
        COMMAND,
        PROVIDER_CALL,
        WEBHOOK,
        DECISION,
        FAILURE,
        ALERT
    }

    /** One audit line. */
    public record Entry(long id, UUID escrowId, Instant at, String kind, String subject, String detail) {}

    private final JdbcTemplate jdbc;

    public AuditRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void append(UUID escrowId, Instant at, Kind kind, String subject, String detail) {
        jdbc.update(
                "INSERT INTO payment_audit (escrow_id, at, kind, subject, detail) VALUES (?, ?, ?, ?, ?)",
                escrowId,
                Timestamp.from(at),
                kind.name(),
                subject,
                detail == null ? "" : detail);
    }

    public List<Entry> forEscrow(UUID escrowId) {
        return jdbc.query(
                "SELECT id, escrow_id, at, kind, subject, detail FROM payment_audit WHERE escrow_id = ? ORDER BY id",
                (rs, i) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("escrow_id", UUID.class),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("kind"),
                        rs.getString("subject"),
                        rs.getString("detail")),
                escrowId);
    }
}
