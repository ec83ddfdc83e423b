package com.trustpay.escrow.identity.persistence;

import com.trustpay.escrow.identity.domain.RefreshToken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Refresh tokens in {@code refresh_token}, by the SHA-256 of their secret; each change is one guarded statement. */
public class RefreshTokenRepository {

    private final JdbcClient jdbc;

    public RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RefreshToken token) {
        jdbc.sql("""
                        INSERT INTO refresh_token (token_sha256, family_id, user_id, issued_at, expires_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(
                        token.hash(),
                        token.familyId(),
                        token.userId(),
                        Timestamp.from(token.issuedAt()),
                        Timestamp.from(token.expiresAt()))
                .update();
    }

    public Optional<RefreshToken> find(String hash) {
        return jdbc.sql("SELECT * FROM refresh_token WHERE token_sha256 = ?")
                .param(hash)
                .query(RefreshTokenRepository::map)
                .optional();
    }

    /**
     * Marks a live token rotated; false when it was not live any more (another request rotated it first, or it was
     * revoked or expired meanwhile). Of two concurrent rotations exactly one wins: the loser's update waits for the
     * winner's row lock and then finds {@code rotated_at} set.
     */
    public boolean rotate(String hash, Instant now) {
        return jdbc.sql("""
                        UPDATE refresh_token SET rotated_at = :now
                        WHERE token_sha256 = :hash AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > :now""")
                        .param("hash", hash)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Revokes every token of the family that is not revoked yet; how many were. */
    public int revokeFamily(UUID familyId, Instant now) {
        return jdbc.sql("UPDATE refresh_token SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(now), familyId)
                .update();
    }

    private static RefreshToken map(ResultSet rs, int row) throws SQLException {
        return new RefreshToken(
                rs.getString("token_sha256"),
                rs.getObject("family_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                instant(rs, "issued_at"),
                instant(rs, "expires_at"),
                instant(rs, "rotated_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
