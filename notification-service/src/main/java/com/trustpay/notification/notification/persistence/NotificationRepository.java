package com.trustpay.notification.notification.persistence;

import com.trustpay.notification.notification.domain.Category;
import com.trustpay.notification.notification.domain.Channel;
import com.trustpay.notification.notification.domain.Draft;
import com.trustpay.notification.notification.domain.Notification;
import com.trustpay.notification.notification.domain.Recipient;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code notification} table. */
public class NotificationRepository {

    /** The PostgreSQL channel a stored in-app notification is announced on, as {@code <recipient>:<seq>}. */
    public static final String CHANNEL = "trustpay_notification";

    private static final String COLUMNS = "seq, id, recipient, kind, category, escrow_id, title, body, action_label,"
            + " link, occurred_at, created_at, read_at";

    private final JdbcTemplate jdbc;

    public NotificationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the draft for {@code channel} unless this event already gave this recipient one there.
     *
     * @return the new notification's id, or empty when it existed already
     */
    public Optional<UUID> insertOnce(UUID eventId, Draft draft, Channel channel, Instant occurredAt) {
        UUID id = UUID.randomUUID();
        List<Long> seq = jdbc.queryForList(
                "INSERT INTO notification (id, event_id, recipient, recipient_user_id, channel, kind, category,"
                        + " escrow_id, title, body, action_label, link, occurred_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT ON CONSTRAINT notification_once DO NOTHING RETURNING seq",
                Long.class,
                id,
                eventId,
                draft.recipient().key(),
                draft.recipient().userId(),
                channel.name(),
                draft.kind(),
                draft.category().name(),
                draft.escrowId(),
                draft.title(),
                draft.body(),
                draft.actionLabel(),
                draft.link(),
                Timestamp.from(occurredAt));
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        if (channel == Channel.IN_APP) {
            jdbc.queryForObject(
                    "SELECT pg_notify(?, ?)",
                    Object.class,
                    CHANNEL,
                    draft.recipient().key() + ":" + seq.getFirst());
        }
        return Optional.of(id);
    }

    /** In-app notifications of {@code recipients}, newest first, older than {@code before} (a seq) if given. */
    public List<Notification> page(List<String> recipients, Long before, boolean unreadOnly, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM notification WHERE channel = 'IN_APP' AND recipient = ANY(?)"
                        + (unreadOnly ? " AND read_at IS NULL" : "")
                        + " AND seq < ? ORDER BY seq DESC LIMIT ?",
                ps -> {
                    ps.setArray(1, array(ps.getConnection(), recipients));
                    ps.setLong(2, before == null ? Long.MAX_VALUE : before);
                    ps.setInt(3, limit);
                },
                NotificationRepository::map);
    }

    /** In-app notifications of {@code recipients} stored after {@code seq}, oldest first: what a stream missed. */
    public List<Notification> after(List<String> recipients, long seq, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM notification WHERE channel = 'IN_APP' AND recipient = ANY(?)"
                        + " AND seq > ? ORDER BY seq LIMIT ?",
                ps -> {
                    ps.setArray(1, array(ps.getConnection(), recipients));
                    ps.setLong(2, seq);
                    ps.setInt(3, limit);
                },
                NotificationRepository::map);
    }

    public long latestSeq(List<String> recipients) {
        Long seq = jdbc.query(
                "SELECT coalesce(max(seq), 0) FROM notification WHERE channel = 'IN_APP' AND recipient = ANY(?)",
                ps -> ps.setArray(1, array(ps.getConnection(), recipients)),
                rs -> rs.next() ? rs.getLong(1) : 0L);
        return seq == null ? 0 : seq;
    }

    /** The in-app notification {@code seq}. */
    public Optional<Notification> bySeq(long seq) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM notification WHERE seq = ? AND channel = 'IN_APP'",
                        NotificationRepository::map,
                        seq)
                .stream()
                .findFirst();
    }

    public long unread(List<String> recipients) {
        Long count = jdbc.query(
                "SELECT count(*) FROM notification WHERE channel = 'IN_APP' AND read_at IS NULL AND recipient = ANY(?)",
                ps -> ps.setArray(1, array(ps.getConnection(), recipients)),
                rs -> rs.next() ? rs.getLong(1) : 0L);
        return count == null ? 0 : count;
    }

    /** @return whether a notification with this id is in {@code recipients}' feed (read now, or before) */
    public boolean markRead(UUID id, List<String> recipients) {
        return jdbc.update(connection -> {
                    var ps = connection.prepareStatement("UPDATE notification SET read_at = COALESCE(read_at, now())"
                            + " WHERE id = ? AND channel = 'IN_APP' AND recipient = ANY(?)");
                    ps.setObject(1, id);
                    ps.setArray(2, array(connection, recipients));
                    return ps;
                })
                == 1;
    }

    /** @return how many were unread */
    public int markAllRead(List<String> recipients) {
        return jdbc.update(connection -> {
            var ps = connection.prepareStatement("UPDATE notification SET read_at = now()"
                    + " WHERE channel = 'IN_APP' AND read_at IS NULL AND recipient = ANY(?)");
            ps.setArray(1, array(connection, recipients));
            return ps;
        });
    }

    private static Array array(java.sql.Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        String recipient = rs.getString("recipient");
        return new Notification(
                rs.getLong("seq"),
                rs.getObject("id", UUID.class),
                recipient,
                Recipient.OPS_KEY.equals(recipient),
                rs.getString("kind"),
                Category.valueOf(rs.getString("category")),
                rs.getObject("escrow_id", UUID.class),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("action_label"),
                rs.getString("link"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
