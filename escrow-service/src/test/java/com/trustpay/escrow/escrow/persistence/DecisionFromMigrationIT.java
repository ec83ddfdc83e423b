package com.trustpay.escrow.escrow.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.testsupport.TestPostgres;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V9 on decisions kept before it (real PostgreSQL): each says what it decided, from the status of its latest
 * DisputeResolved history row; an escrow without a decision gets none; afterwards a decision without it is refused.
 */
class DecisionFromMigrationIT {

    @Test
    void decisionsKeptBeforeV9SayWhatTheyDecided() {
        DataSource db = TestPostgres.instance().newDatabase("decision_from").dataSource();
        Flyway.configure().dataSource(db).target("7").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        UUID dispute = escrow(jdbc, "AAAAA1", "RELEASING", "RELEASE_TO_PAYEE");
        history(jdbc, dispute, "DISPUTED");
        UUID failedRelease = escrow(jdbc, "AAAAA2", "REFUNDING", "REFUND_TO_PAYER");
        history(jdbc, failedRelease, "DISPUTED");
        history(jdbc, failedRelease, "RELEASE_FAILED"); // decided again after its release failed: the latest counts
        UUID undecided = escrow(jdbc, "AAAAA3", "HELD", null);

        Flyway.configure().dataSource(db).load().migrate();

        assertThat(from(jdbc, dispute)).isEqualTo("DISPUTED");
        assertThat(from(jdbc, failedRelease)).isEqualTo("RELEASE_FAILED");
        assertThat(from(jdbc, undecided)).isNull();
        assertThatThrownBy(() -> escrow(jdbc, "AAAAA4", "RELEASING", "RELEASE_TO_PAYEE"))
                .as("a decision must say what it decided")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static UUID escrow(JdbcClient jdbc, String code, String status, String outcome) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO escrow (id, code, code_expires_at, code_active, name, title, amount_paise,
                                            payment_mode, creator_role, payer_user_id, payee_user_id, status,
                                            payment_status, created_at, version, decision_outcome, decided_by,
                                            decided_at)
                        VALUES (?, ?, now(), false, 'Amber Falcon', 'Bicycle', 250000, 'COLLECT', 'PAYER', ?, ?,
                                ?, 'SUCCEEDED', now(), 1, ?, ?, ?)
                        """)
                .params(
                        id,
                        code,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        status,
                        outcome,
                        outcome == null ? null : UUID.randomUUID(),
                        outcome == null ? null : java.sql.Timestamp.from(java.time.Instant.now()))
                .update();
        return id;
    }

    private static void history(JdbcClient jdbc, UUID escrow, String status) {
        jdbc.sql("""
                        INSERT INTO escrow_history (escrow_id, type, from_status, to_status, actor_id, detail,
                                                    occurred_at)
                        VALUES (?, 'DisputeResolved', ?, ?, ?, 'An admin decided', now())
                        """).params(escrow, status, status, UUID.randomUUID()).update();
    }

    /** The escrow's decision_from, or null. */
    private static String from(JdbcClient jdbc, UUID escrow) {
        return jdbc.sql("SELECT decision_from FROM escrow WHERE id = ?")
                .param(escrow)
                .query((rs, row) -> rs.getString(1))
                .list()
                .getFirst();
    }
}
