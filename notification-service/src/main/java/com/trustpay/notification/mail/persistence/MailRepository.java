package com.trustpay.notification.mail.persistence;

import com.trustpay.notification.mail.domain.MailRequest;
import com.trustpay.notification.mail.domain.MailStatus;
import com.trustpay.notification.mail.domain.OutgoingMail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mail queue and the users' mail choices. */
public class MailRepository {

    private final JdbcTemplate jdbc;

    public MailRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            UUID id, MailRequest request, String subject, String text, String html, MailStatus status, Instant now) {
        jdbc.update(
                "INSERT INTO mail_message (id, notification_id, recipient, recipient_user_id, critical, subject,"
                        + " text_body, html_body, status, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (notification_id) DO NOTHING",
                id,
                request.notificationId(),
                request.toOps() ? "ops" : request.userId().toString(),
                request.userId(),
                request.critical(),
                subject,
                text,
                html,
                status.name(),
                status == MailStatus.QUEUED ? Timestamp.from(now) : null);
    }

    public Optional<OutgoingMail> find(UUID id) {
        return jdbc.query("SELECT * FROM mail_message WHERE id = ?", MailRepository::map, id).stream()
                .findFirst();
    }

    public List<OutgoingMail> withStatus(MailStatus status, int limit) {
        return jdbc.query(
                "SELECT * FROM mail_message WHERE status = ? ORDER BY created_at DESC LIMIT ?",
                MailRepository::map,
                status.name(),
                limit);
    }

    public void sent(UUID id, String to, Instant at) {
        jdbc.update(
                "UPDATE mail_message SET status = 'SENT', attempts = attempts + 1, sent_to = ?, sent_at = ?,"
                        + " next_attempt_at = NULL, last_error = NULL WHERE id = ? AND status = 'QUEUED'",
                to,
                Timestamp.from(at),
                id);
    }

    public void retryLater(UUID id, int attempts, String error, Instant next) {
        jdbc.update(
                "UPDATE mail_message SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?"
                        + " AND status = 'QUEUED'",
                attempts,
                abbreviate(error),
                Timestamp.from(next),
                id);
    }

    public void givenUp(UUID id, int attempts, String error) {
        jdbc.update(
                "UPDATE mail_message SET status = 'FAILED', attempts = ?, last_error = ?, next_attempt_at = NULL"
                        + " WHERE id = ? AND status = 'QUEUED'",
                attempts,
                abbreviate(error),
                id);
    }

    /** @return whether a failed mail with this id was queued again */
    public boolean requeue(UUID id, Instant now) {
        return jdbc.update(
                        "UPDATE mail_message SET status = 'QUEUED', attempts = 0, next_attempt_at = ?"
                                + " WHERE id = ? AND status = 'FAILED'",
                        Timestamp.from(now),
                        id)
                == 1;
    }

    /** Whether the user gets non-critical mail (yes unless they turned it off). */
    public boolean nonCriticalEmail(UUID userId) {
        List<Boolean> choice = jdbc.queryForList(
                "SELECT non_critical_email FROM mail_preference WHERE user_id = ?", Boolean.class, userId);
        return choice.isEmpty() || choice.getFirst();
    }

    public void setNonCriticalEmail(UUID userId, boolean on) {
        jdbc.update(
                "INSERT INTO mail_preference (user_id, non_critical_email) VALUES (?, ?) ON CONFLICT (user_id)"
                        + " DO UPDATE SET non_critical_email = EXCLUDED.non_critical_email, updated_at = now()",
                userId,
                on);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static OutgoingMail map(ResultSet rs, int row) throws SQLException {
        return new OutgoingMail(
                rs.getObject("id", UUID.class),
                rs.getObject("notification_id", UUID.class),
                rs.getObject("recipient_user_id", UUID.class),
                rs.getBoolean("critical"),
                rs.getString("subject"),
                rs.getString("text_body"),
                rs.getString("html_body"),
                MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"));
    }
}
