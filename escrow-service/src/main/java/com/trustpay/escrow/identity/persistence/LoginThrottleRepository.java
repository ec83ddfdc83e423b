package com.trustpay.escrow.identity.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Failed logins per e-mail address in {@code login_throttle}; each change is one atomic statement. */
public class LoginThrottleRepository {

    private final JdbcClient jdbc;

    public LoginThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Until when logins for this address are refused, if they are. */
    public Optional<Instant> lockedUntil(String email) {
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE email = ? AND locked_until IS NOT NULL")
                .param(email)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /**
     * Counts one more failure (starting again at 1 when the last one is older than {@code forgetBefore}) and
     * returns the consecutive failures so far.
     */
    public int recordFailure(String email, Instant now, Instant forgetBefore) {
        return jdbc.sql("""
                        INSERT INTO login_throttle AS t (email, failures, last_failure_at) VALUES (:email, 1, :now)
                        ON CONFLICT (email) DO UPDATE SET
                            failures = CASE WHEN t.last_failure_at < :forget THEN 1 ELSE t.failures + 1 END,
                            last_failure_at = :now
                        RETURNING failures""")
                .param("email", email)
                .param("now", Timestamp.from(now))
                .param("forget", Timestamp.from(forgetBefore))
                .query(Integer.class)
                .single();
    }

    /** Refuses logins until {@code until}, or longer when a longer lock is already set. */
    public void lockUntil(String email, Instant until) {
        jdbc.sql("UPDATE login_throttle SET locked_until = GREATEST(COALESCE(locked_until, :until), :until)"
                        + " WHERE email = :email")
                .param("email", email)
                .param("until", Timestamp.from(until))
                .update();
    }

    /** A successful login forgets the failures. */
    public void clear(String email) {
        jdbc.sql("DELETE FROM login_throttle WHERE email = ?").param(email).update();
    }
}
