package com.trustpay.platform.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Claims the rows of one table whose due time has passed, so that any number of instances share the due work and
 * no row is worked by two of them at once. One query shape for every poller:
 *
 * <pre>
 * UPDATE table SET lease = :now + :lease WHERE id IN (
 *     SELECT id FROM table WHERE due &lt;= :now [AND (lease IS NULL OR lease &lt;= :now)] [AND condition]
 *     ORDER BY due LIMIT :n FOR UPDATE SKIP LOCKED)
 * RETURNING id
 * </pre>
 *
 * <p>{@code SKIP LOCKED} lets two instances claim at the same moment without waiting for or taking each other's rows;
 * the lease, committed with the claim, keeps the row from every other claimer until it ends, so the work can run
 * outside any transaction (provider calls must not hold a connection and row locks). Work that finishes moves the
 * due time on (or clears it); work that fails or dies leaves the lease, and the row is claimed again when it ends.
 * The lease column is often the due column itself ({@code next_poll_at}): the claim then simply moves the row's
 * next look a lease ahead.
 *
 * <p><b>The lease must cover the whole time a claimed row is worked</b>, or another instance takes the row while it
 * is still being worked: for a payment that means two instances calling the provider for one payout. A batch claimed
 * at once and then worked row by row breaks this (twenty rows leased for 60 s, each worked with calls of up to 60 s);
 * so {@link #workEach} claims each row only when it is about to work it, and the lease needs to outlast the work of
 * one row (the sum of its calls' timeouts), not of a batch. {@link #claim} with a larger limit is for work that is
 * quick per row.
 *
 * <p>Work done entirely in one database transaction needs no lease: {@link #lock} locks due rows for the caller's
 * transaction, and the row lock lasts exactly as long as the work (and ends with a crash).
 *
 * <p>Table, column names and the condition are SQL written in code, never configuration: names are checked against
 * a plain-identifier pattern and the condition must be a constant without statement breaks or comments.
 *
 * @param <ID> the id column's Java type, e.g. {@code UUID}
 */
public final class DueRows<ID> {

    private static final Logger log = LoggerFactory.getLogger(DueRows.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}(\\.[a-z_][a-z0-9_]{0,62})?");

    private final JdbcTemplate jdbc;
    private final String table;
    private final Class<ID> idType;
    private final String claimSql;
    private final String lockSql;
    private final boolean separateLease;

    private DueRows(JdbcTemplate jdbc, Builder<ID> spec) {
        this.jdbc = jdbc;
        this.table = spec.table;
        this.idType = spec.idType;
        String leaseColumn = spec.leaseColumn == null ? spec.dueColumn : spec.leaseColumn;
        StringBuilder due = new StringBuilder(" FROM " + spec.table + " WHERE " + spec.dueColumn + " <= ?");
        if (!leaseColumn.equals(spec.dueColumn)) {
            due.append(" AND (")
                    .append(leaseColumn)
                    .append(" IS NULL OR ")
                    .append(leaseColumn)
                    .append(" <= ?)");
        }
        if (spec.condition != null) {
            due.append(" AND (").append(spec.condition).append(')');
        }
        due.append(" ORDER BY ").append(spec.dueColumn).append(" LIMIT ? FOR UPDATE SKIP LOCKED");
        this.lockSql = "SELECT " + spec.idColumn + due;
        this.claimSql = "UPDATE " + spec.table + " SET " + leaseColumn + " = ? WHERE " + spec.idColumn + " IN (SELECT "
                + spec.idColumn + due + ") RETURNING " + spec.idColumn;
        this.separateLease = !leaseColumn.equals(spec.dueColumn);
    }

    /** Starts describing the due rows of {@code table}, identified by {@code idColumn} of type {@code idType}. */
    public static <ID> Builder<ID> in(String table, String idColumn, Class<ID> idType) {
        return new Builder<>(table, idColumn, idType);
    }

    /**
     * Claims up to {@code limit} rows due at {@code now}, each leased until {@code now + lease}, in a statement of
     * its own that commits before this returns (so it refuses to run inside a transaction, where the lease would
     * be invisible to other instances until that transaction ends).
     *
     * @return the ids claimed, possibly none
     */
    public List<ID> claim(Instant now, Duration lease, int limit) {
        return claim(now, now, lease, limit);
    }

    private List<ID> claim(Instant dueBy, Instant leaseFrom, Duration lease, int limit) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Claim " + table + " rows outside a transaction, so the lease is"
                    + " committed before the work starts");
        }
        if (lease == null || !lease.isPositive()) {
            throw new IllegalArgumentException("A claim needs a positive lease, not " + lease);
        }
        requirePositive(limit);
        Timestamp due = Timestamp.from(dueBy);
        Timestamp until = Timestamp.from(leaseFrom.plus(lease));
        return separateLease
                ? jdbc.queryForList(claimSql, idType, until, due, due, limit)
                : jdbc.queryForList(claimSql, idType, until, due, limit);
    }

    /**
     * Works up to {@code max} rows due when the round starts, one at a time: each is claimed, leased from the
     * clock's now, just before it is worked, so the lease covers that row's work alone. A row whose work throws
     * keeps its lease and is worked again when the lease ends (in a later round); the others go on.
     *
     * @return how many rows were claimed
     */
    public int workEach(Clock clock, Duration lease, int max, Consumer<ID> work) {
        Instant roundStart = clock.instant();
        int claimed = 0;
        while (claimed < max) {
            List<ID> next = claim(roundStart, clock.instant(), lease, 1);
            if (next.isEmpty()) {
                break;
            }
            claimed++;
            ID id = next.getFirst();
            try {
                work.accept(id);
            } catch (RuntimeException e) {
                log.warn("polling {} {} failed; it is tried again when its lease ends", table, id, e);
            }
        }
        return claimed;
    }

    /**
     * Locks up to {@code limit} rows due at {@code now} for the rest of the caller's transaction, skipping rows
     * another instance holds; for work done inside that transaction.
     */
    public List<ID> lock(Instant now, int limit) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "Lock " + table + " rows inside the transaction that works them; the locks end with it");
        }
        requirePositive(limit);
        Timestamp at = Timestamp.from(now);
        return separateLease
                ? jdbc.queryForList(lockSql, idType, at, at, limit)
                : jdbc.queryForList(lockSql, idType, at, limit);
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A claim needs a positive limit, not " + limit);
        }
    }

    /**
     * What the due rows are: table, id, due column, optionally a separate lease column and a constant condition.
     *
     * @param <ID> the id column's Java type
     */
    public static final class Builder<ID> {
        private final String table;
        private final String idColumn;
        private final Class<ID> idType;
        private String dueColumn;
        private String leaseColumn;
        private String condition;

        private Builder(String table, String idColumn, Class<ID> idType) {
            this.table = identifier(table);
            this.idColumn = identifier(idColumn);
            this.idType = Objects.requireNonNull(idType, "idType");
        }

        /** The {@code timestamptz} column holding when a row is due; rows with {@code NULL} are never due. */
        public Builder<ID> dueAt(String column) {
            this.dueColumn = identifier(column);
            return this;
        }

        /** The {@code timestamptz} column the lease is written to, when it is not the due column itself. */
        public Builder<ID> leasedBy(String column) {
            this.leaseColumn = identifier(column);
            return this;
        }

        /** A constant SQL condition rows must also meet, e.g. {@code status = 'AWAITING_PARTNER'}. */
        public Builder<ID> where(String constantCondition) {
            if (constantCondition == null
                    || constantCondition.isBlank()
                    || constantCondition.contains(";")
                    || constantCondition.contains("--")
                    || constantCondition.contains("/*")
                    || constantCondition.contains("?")) {
                throw new IllegalArgumentException("Not a constant condition: " + constantCondition);
            }
            this.condition = constantCondition;
            return this;
        }

        public DueRows<ID> build(JdbcTemplate jdbc) {
            if (dueColumn == null) {
                throw new IllegalStateException("Due rows of " + table + " need a due column");
            }
            return new DueRows<>(jdbc, this);
        }

        private static String identifier(String name) {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
            }
            return name;
        }
    }
}
