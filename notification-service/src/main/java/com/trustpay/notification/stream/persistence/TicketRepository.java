package com.trustpay.notification.stream.persistence;

import com.trustpay.notification.notification.domain.Audience;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code stream_ticket}: hashes of tickets, whom they are for, until when, and whether they were used. */
public class TicketRepository {

    private final JdbcTemplate jdbc;

    public TicketRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(byte[] hash, UUID userId, boolean admin, Instant expiresAt) {
        jdbc.update(
                "INSERT INTO stream_ticket (ticket_hash, user_id, admin, expires_at) VALUES (?, ?, ?, ?)",
                hash,
                userId,
                admin,
                Timestamp.from(expiresAt));
    }

    /** Marks the ticket used if it is unused and unexpired at {@code now}; in one statement, so it works once. */
    public Optional<Audience> redeem(byte[] hash, Instant now) {
        return jdbc
                .query(
                        "UPDATE stream_ticket SET used_at = ? WHERE ticket_hash = ? AND used_at IS NULL"
                                + " AND expires_at > ? RETURNING user_id, admin",
                        (rs, i) -> new Audience(rs.getObject(1, UUID.class), rs.getBoolean(2)),
                        Timestamp.from(now),
                        hash,
                        Timestamp.from(now))
                .stream()
                .findFirst();
    }

    public int deleteExpiredBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM stream_ticket WHERE expires_at < ?", Timestamp.from(cutoff));
    }
}
