package com.trustpay.escrow.escrow.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Remembers which escrow a user's {@code Idempotency-Key} created, with a hash of the request body. */
public class IdempotencyKeys {

    /** What a key was first used for. */
    public record Use(String requestHash, UUID escrowId) {}

    private final JdbcClient jdbc;

    public IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Use> find(UUID userId, String key) {
        return jdbc.sql("SELECT request_hash, escrow_id FROM escrow_idempotency WHERE user_id = ? AND key = ?")
                .params(userId, key)
                .query((rs, i) -> new Use(rs.getString(1), rs.getObject(2, UUID.class)))
                .optional();
    }

    /** Records the key; a concurrent first use of the same key fails with a duplicate-key error. */
    public void record(UUID userId, String key, String requestHash, UUID escrowId) {
        jdbc.sql("INSERT INTO escrow_idempotency (user_id, key, request_hash, escrow_id) VALUES (?, ?, ?, ?)")
                .params(userId, key, requestHash, escrowId)
                .update();
    }
}
