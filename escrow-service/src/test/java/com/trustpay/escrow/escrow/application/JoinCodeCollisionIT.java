package com.trustpay.escrow.escrow.application;

import static org.assertj.core.api.Assertions.assertThat;

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
import com.trustpay.testsupport.TestPostgres;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.UUID;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A join code that clashes with an existing one is caught by the database and replaced (real PostgreSQL). */
class JoinCodeCollisionIT {

    /** Hands out scripted numbers, then 1 for ever: the first codes drawn are all "AAAAAA". */
    private static final class ScriptedRandom implements RandomGenerator {
        private final Deque<Integer> script = new ArrayDeque<>();

        ScriptedRandom(int zeros) {
            script.addAll(Collections.nCopies(zeros, 0));
        }

        @Override
        public int nextInt(int bound) {
            return script.isEmpty() ? 1 : script.pop();
        }

        @Override
        public long nextLong() {
            return 1;
        }
    }

    @Test
    void aClashingCodeIsRetriedWithAFreshOne() {
        DataSource db = TestPostgres.instance().newDatabase("codes").dataSource();
        Flyway.configure().dataSource(db).load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        EscrowRepository escrows = new EscrowRepository(new JdbcTemplate(db), TestCipher.INSTANCE);
        EscrowStore store = new EscrowStore(
                escrows,
                new HistoryRepository(jdbc),
                (escrow, events) -> {},
                new DisputeMessages(jdbc),
                Clock.systemUTC());
        ConflictRetry retry = new ConflictRetry(new TransactionTemplate(new DataSourceTransactionManager(db)));
        // two escrows whose first code (6 draws) and name (1 draw) come out the same
        EscrowCommands commands = new EscrowCommands(
                escrows,
                new IdempotencyKeys(jdbc),
                store,
                retry,
                new ScriptedRandom(14),
                new EscrowProperties(null, null, null, null, null, null, null),
                Clock.systemUTC());
        CreateEscrow create = new CreateEscrow(
                new EscrowTerms("Bike", null, 500, PaymentMode.INTENT), PartyRole.PAYER, "a@okaxis", null, "h");

        Escrow first = commands.create(Actor.user(UUID.randomUUID()), "Asha", create);
        Escrow second = commands.create(Actor.user(UUID.randomUUID()), "Ravi", create);

        assertThat(first.code()).isEqualTo("AAAAAA");
        assertThat(second.code()).isEqualTo("BBBBBB");
        assertThat(jdbc.sql("SELECT count(DISTINCT code) FROM escrow")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }
}
