package com.trustpay.escrow.identity.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Spent admin bootstrap tokens in {@code admin_bootstrap}, by the SHA-256 of the token. */
public class AdminBootstrapRepository {

    private final JdbcClient jdbc;

    public AdminBootstrapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Spends the token for this user; false when it was spent before (by anyone, at any time). */
    public boolean spend(String tokenSha256, UUID userId, Instant at) {
        return jdbc.sql("INSERT INTO admin_bootstrap (token_sha256, used_by, used_at) VALUES (?, ?, ?)"
                                + " ON CONFLICT (token_sha256) DO NOTHING")
                        .params(tokenSha256, userId, Timestamp.from(at))
                        .update()
                == 1;
    }
}
