package com.trustpay.escrow.escrow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.escrow.escrow.EscrowProperties;
import com.trustpay.escrow.escrow.domain.Actor;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowTerms;
import com.trustpay.escrow.escrow.persistence.DisputeMessages;
import com.trustpay.escrow.escrow.persistence.EscrowRepository;
import com.trustpay.escrow.escrow.persistence.HistoryRepository;
import com.trustpay.escrow.escrow.persistence.IdempotencyKeys;
import com.trustpay.platform.crypto.ColumnReencryption;
import com.trustpay.platform.crypto.DataKeys;
import com.trustpay.platform.crypto.FieldCipher;
import com.trustpay.testsupport.TestPostgres;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The parties' VPAs at rest (ADR 0020), real PostgreSQL: sealed in the column, readable after a key rotation. */
class EscrowVpaAtRestIT {

    private static final String K1 = "Vf8cDq0yS3lq6mJ9mQk3V0pN4o2bW8xR7aZ1cE5tY9U=";
    private static final String K2 = "N2k4s8vB1xQ6wE3rT9yU5iO7pA0sD2fG4hJ6kL8zX1c=";

    private final DataSource db = database();
    private final JdbcTemplate jdbc = new JdbcTemplate(db);
    private final TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
    private final FieldCipher k1 = new FieldCipher(DataKeys.parse("k1:" + K1, "k1"));
    private final FieldCipher rotated = new FieldCipher(DataKeys.parse("k2:" + K2 + ",k1:" + K1, "k2"));

    private static DataSource database() {
        DataSource db = TestPostgres.instance().newDatabase("vpas").dataSource();
        Flyway.configure().dataSource(db).load().migrate();
        return db;
    }

    private Escrow create(FieldCipher cipher, String vpa) {
        EscrowRepository escrows = new EscrowRepository(jdbc, cipher);
        EscrowCommands commands = new EscrowCommands(
                escrows,
                new IdempotencyKeys(JdbcClient.create(db)),
                new EscrowStore(
                        escrows,
                        new HistoryRepository(JdbcClient.create(db)),
                        (e, ev) -> {},
                        new DisputeMessages(JdbcClient.create(db)),
                        Clock.systemUTC()),
                new ConflictRetry(tx),
                new SecureRandom(),
                new EscrowProperties(null, null, null, null, null, null, null),
                Clock.systemUTC());
        return commands.create(
                Actor.user(UUID.randomUUID()),
                "Asha",
                new CreateEscrow(
                        new EscrowTerms("Bike", null, 500, PaymentMode.INTENT),
                        PartyRole.PAYER,
                        vpa,
                        null,
                        UUID.randomUUID().toString()));
    }

    private String storedPayerVpa(Escrow escrow) {
        return jdbc.queryForObject("SELECT payer_vpa FROM escrow WHERE id = ?", String.class, escrow.id());
    }

    @Test
    void theColumnHoldsTheVpaSealedAndReadsGiveThePlaintext() {
        Escrow escrow = create(k1, "asha@okaxis");

        assertThat(storedPayerVpa(escrow)).startsWith("v1:k1:").doesNotContain("okaxis");
        assertThat(new EscrowRepository(jdbc, k1)
                        .find(escrow.id())
                        .orElseThrow()
                        .creator()
                        .vpa())
                .isEqualTo("asha@okaxis");
    }

    @Test
    void afterARotationOldRowsStayReadableAndTheJobMovesThemToTheActiveKey() {
        Escrow old = create(k1, "old@okaxis");

        assertThat(new EscrowRepository(jdbc, rotated)
                        .find(old.id())
                        .orElseThrow()
                        .creator()
                        .vpa())
                .isEqualTo("old@okaxis");
        ColumnReencryption.Result result =
                new ColumnReencryption(jdbc, tx, rotated, EscrowRepository.SEALED).runAll(10);

        assertThat(result.resealed()).isGreaterThanOrEqualTo(1);
        assertThat(storedPayerVpa(old)).startsWith("v1:k2:");
        assertThat(new EscrowRepository(jdbc, rotated)
                        .find(old.id())
                        .orElseThrow()
                        .creator()
                        .vpa())
                .isEqualTo("old@okaxis");
    }

    @Test
    void theDatabaseRefusesAPlaintextVpa() {
        Escrow escrow = create(k1, "asha@okaxis");

        assertThatThrownBy(() -> jdbc.update("UPDATE escrow SET payer_vpa = 'plain@upi' WHERE id = ?", escrow.id()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("VPAs are stored encrypted");
    }
}
