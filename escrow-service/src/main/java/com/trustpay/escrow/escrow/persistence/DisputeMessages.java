package com.trustpay.escrow.escrow.persistence;

import com.trustpay.escrow.escrow.domain.DisputeMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The threads of disputes ({@code dispute_message}), newest last, and the {@code Idempotency-Key}s messages were
 * posted with.
 */
public class DisputeMessages {

    /** What a key was first used for. */
    public record KeyUse(String requestHash, UUID messageId) {}

    private static final String SELECT = "SELECT id, author_id, author, body, posted_at FROM dispute_message";

    private final JdbcClient jdbc;

    public DisputeMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(UUID escrowId, DisputeMessage message) {
        jdbc.sql("INSERT INTO dispute_message (id, escrow_id, author_id, author, body, posted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        message.id(),
                        escrowId,
                        message.authorId(),
                        message.author().name(),
                        message.text(),
                        Timestamp.from(message.postedAt()))
                .update();
    }

    /** The thread of one escrow, oldest first. */
    public List<DisputeMessage> of(UUID escrowId) {
        return jdbc.sql(SELECT + " WHERE escrow_id = ? ORDER BY position")
                .param(escrowId)
                .query(DisputeMessages::map)
                .list();
    }

    public Optional<DisputeMessage> find(UUID messageId) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(messageId)
                .query(DisputeMessages::map)
                .optional();
    }

    private static DisputeMessage map(ResultSet rs, int row) throws SQLException {
        return new DisputeMessage(
                rs.getObject("id", UUID.class),
                rs.getObject("author_id", UUID.class),
                DisputeMessage.Author.valueOf(rs.getString("author")),
                rs.getString("body"),
                rs.getTimestamp("posted_at").toInstant());
    }

    public Optional<KeyUse> findKey(UUID authorId, String key) {
        return jdbc.sql("SELECT request_hash, message_id FROM dispute_message_idempotency"
                        + " WHERE author_id = ? AND key = ?")
                .params(authorId, key)
                .query((rs, i) -> new KeyUse(rs.getString(1), rs.getObject(2, UUID.class)))
                .optional();
    }

    /** Records the key; a concurrent first use of the same key fails with a duplicate-key error. */
    public void recordKey(UUID authorId, String key, String requestHash, UUID messageId) {
        jdbc.sql("INSERT INTO dispute_message_idempotency (author_id, key, request_hash, message_id)"
                        + " VALUES (?, ?, ?, ?)")
                .params(authorId, key, requestHash, messageId)
                .update();
    }
}
