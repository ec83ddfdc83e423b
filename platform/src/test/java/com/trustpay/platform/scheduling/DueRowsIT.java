package com.trustpay.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.platform.MovingClock;
import com.trustpay.platform.PlatformTestApplication;
import com.trustpay.testsupport.RealInfrastructure;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The due-rows claim against real PostgreSQL: concurrent claimers, leases, and locks for in-transaction work. */
@SpringBootTest(classes = PlatformTestApplication.class)
@RealInfrastructure
class DueRowsIT {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void concurrentClaimersNeverGetTheSameRow() throws Exception {
        String group = UUID.randomUUID().toString();
        List<UUID> rows = insertPolled(group, 300, T0.minusSeconds(5));
        DueRows<UUID> due = polled(group);
        int claimers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<UUID>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(claimers)) {
            for (int i = 0; i < claimers; i++) {
                Callable<List<UUID>> claimer = () -> {
                    start.await();
                    List<UUID> mine = new ArrayList<>();
                    List<UUID> batch;
                    do {
                        batch = due.claim(T0, LEASE, 7);
                        mine.addAll(batch);
                    } while (!batch.isEmpty());
                    return mine;
                };
                results.add(pool.submit(claimer));
            }
            start.countDown();
            List<UUID> all = new ArrayList<>();
            for (Future<List<UUID>> result : results) {
                all.addAll(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(all)
                    .as("every row claimed exactly once")
                    .hasSize(rows.size())
                    .doesNotHaveDuplicates();
            assertThat(all).containsExactlyInAnyOrderElementsOf(rows);
        }
    }

    @Test
    void aLeaseKeepsARowFromBeingClaimedAgainUntilItEnds() {
        String group = UUID.randomUUID().toString();
        UUID row = insertPolled(group, 1, T0).getFirst();
        DueRows<UUID> due = polled(group);

        assertThat(due.claim(T0, LEASE, 10)).containsExactly(row);
        assertThat(nextPoll(row)).isEqualTo(T0.plus(LEASE));

        assertThat(due.claim(T0.plusSeconds(59), LEASE, 10)).as("still leased").isEmpty();
        assertThat(due.claim(T0.plus(LEASE), LEASE, 10)).as("lease over").containsExactly(row);
    }

    @Test
    void rowsNotYetDueOrOutsideTheConditionAreNeverClaimed() {
        String group = UUID.randomUUID().toString();
        UUID dueRow = insertPolled(group, 1, T0).getFirst();
        insertPolled(group, 1, T0.plusSeconds(1));
        insertPolled(group, 1, null);
        jdbc.update(
                "INSERT INTO polled_row (id, grp, next_poll_at, open) VALUES (?, ?, ?, false)",
                UUID.randomUUID(),
                group,
                Timestamp.from(T0.minusSeconds(60)));

        assertThat(polled(group).claim(T0, LEASE, 10)).containsExactly(dueRow);
    }

    @Test
    void aSeparateLeaseColumnLeavesTheDueTimeAlone() {
        String group = UUID.randomUUID().toString();
        Long row = jdbc.queryForObject(
                "INSERT INTO leased_row (grp, due_at) VALUES (?, ?) RETURNING id",
                Long.class,
                group,
                Timestamp.from(T0.minusSeconds(30)));
        DueRows<Long> due = DueRows.in("leased_row", "id", Long.class)
                .dueAt("due_at")
                .leasedBy("leased_until")
                .where("grp = '" + group + "'")
                .build(jdbc);

        assertThat(due.claim(T0, LEASE, 5)).containsExactly(row);
        assertThat(jdbc.queryForObject("SELECT due_at FROM leased_row WHERE id = ?", Timestamp.class, row)
                        .toInstant())
                .isEqualTo(T0.minusSeconds(30));
        assertThat(due.claim(T0.plusSeconds(30), LEASE, 5)).isEmpty();
        assertThat(due.claim(T0.plus(LEASE), LEASE, 5)).containsExactly(row);
    }

    @Test
    void eachRowIsLeasedWhenItIsWorkedAndAFailedOneWaitsForItsLease() {
        String group = UUID.randomUUID().toString();
        List<UUID> rows = insertPolled(group, 3, T0.minusSeconds(1));
        DueRows<UUID> due = polled(group);
        MovingClock clock = new MovingClock(T0);
        UUID failing = rows.get(1);
        List<Instant> leasesSeenByWork = new ArrayList<>();

        int claimed = due.workEach(clock, LEASE, 10, id -> {
            leasesSeenByWork.add(nextPoll(id));
            clock.advance(Duration.ofSeconds(50));
            if (id.equals(failing)) {
                throw new IllegalStateException("provider down");
            }
            jdbc.update("UPDATE polled_row SET open = false, next_poll_at = NULL WHERE id = ?", id);
        });

        assertThat(claimed).isEqualTo(3);
        assertThat(leasesSeenByWork)
                .as("each row's lease starts when its work starts, not when the round started")
                .containsExactly(
                        T0.plus(LEASE),
                        T0.plusSeconds(50).plus(LEASE),
                        T0.plusSeconds(100).plus(LEASE));
        Instant failedLeaseEnd = nextPoll(failing);
        assertThat(leasesSeenByWork).contains(failedLeaseEnd);
        assertThat(due.claim(failedLeaseEnd.minusSeconds(1), LEASE, 10))
                .as("the failed row keeps its lease")
                .isEmpty();
        assertThat(due.claim(failedLeaseEnd, LEASE, 10)).containsExactly(failing);
    }

    @Test
    void workEachStopsAtItsMaximum() {
        String group = UUID.randomUUID().toString();
        insertPolled(group, 5, T0.minusSeconds(1));
        Set<UUID> worked = new HashSet<>();

        int claimed = polled(group).workEach(Clock.fixed(T0, ZoneOffset.UTC), LEASE, 2, worked::add);

        assertThat(claimed).isEqualTo(2);
        assertThat(worked).hasSize(2);
    }

    @Test
    void lockedRowsAreSkippedByAnotherTransactionAndFreedByItsEnd() throws Exception {
        String group = UUID.randomUUID().toString();
        List<UUID> rows = insertPolled(group, 4, T0.minusSeconds(1));
        DueRows<UUID> due = polled(group);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService other = Executors.newSingleThreadExecutor()) {
            Future<List<UUID>> first = other.submit(() -> tx.execute(s -> {
                List<UUID> mine = due.lock(T0, 3);
                locked.countDown();
                await(release);
                return mine;
            }));
            await(locked);

            List<UUID> second = tx.execute(s -> due.lock(T0, 3));
            release.countDown();
            List<UUID> firstRows = first.get(30, TimeUnit.SECONDS);

            assertThat(firstRows).hasSize(3);
            assertThat(second).hasSize(1).doesNotContainAnyElementsOf(firstRows);
            List<UUID> afterwards = tx.execute(s -> due.lock(T0, 10));
            assertThat(afterwards).as("locks end with the transaction").hasSize(rows.size());
        }
    }

    @Test
    void aClaimRunsOutsideTransactionsAndALockInsideOne() {
        DueRows<UUID> due = polled("any");

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> due.claim(T0, LEASE, 1)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> due.lock(T0, 1)).isInstanceOf(IllegalStateException.class);
    }

    private DueRows<UUID> polled(String group) {
        return DueRows.in("polled_row", "id", UUID.class)
                .dueAt("next_poll_at")
                .where("open AND grp = '" + group + "'")
                .build(jdbc);
    }

    private List<UUID> insertPolled(String group, int count, Instant nextPollAt) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            jdbc.update(
                    "INSERT INTO polled_row (id, grp, next_poll_at) VALUES (?, ?, ?)",
                    id,
                    group,
                    nextPollAt == null ? null : Timestamp.from(nextPollAt));
            ids.add(id);
        }
        return ids;
    }

    private Instant nextPoll(UUID id) {
        return jdbc.queryForObject("SELECT next_poll_at FROM polled_row WHERE id = ?", Timestamp.class, id)
                .toInstant();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
