package com.trustpay.payment.refund.persistence;

import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.refund.application.RefundRows;
import com.trustpay.payment.refund.domain.Refund;
import com.trustpay.payment.refund.domain.RefundStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The {@code refund} table: the rows {@link RefundRows} names, and the poller's claim of due rows. */
public class RefundRepository implements RefundRows {

    private static final String COLUMNS = "id, escrow_id, n, reference, amount_paise, reason, provider_payment_id,"
            + " provider_payment_txn_id, status, create_tries, provider_refund_id, created_at";

    private static final Logger log = LoggerFactory.getLogger(RefundRepository.class);

    private final JdbcTemplate jdbc;

    public RefundRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the escrow's own refunds, for a RefundPayment without one (an old producer's). */
    public int nextNumber(UUID escrowId) {
        return next(escrowId, "ESCROW");
    }

    /** The next number of the escrow's excess refunds (numbered apart from its own refunds). */
    public int nextExcessNumber(UUID escrowId) {
        return next(escrowId, "EXCESS");
    }

    private int next(UUID escrowId, String purpose) {
        Integer n = jdbc.queryForObject(
                "SELECT COALESCE(MAX(n), 0) + 1 FROM refund WHERE escrow_id = ? AND purpose = ?",
                Integer.class,
                escrowId,
                purpose);
        return n == null ? 1 : n;
    }

    /** The escrow's own refund number {@code n}, whatever its status. */
    public Optional<Refund> findNumbered(UUID escrowId, int n) {
        return one(
                "SELECT " + COLUMNS + " FROM refund WHERE escrow_id = ? AND purpose = 'ESCROW' AND n = ?", escrowId, n);
    }

    /** The escrow's latest own refund that is under way (CREATING, UNKNOWN, PENDING) or SUCCEEDED, if any. */
    public Optional<Refund> findLive(UUID escrowId) {
        return one(
                "SELECT " + COLUMNS + " FROM refund WHERE escrow_id = ? AND purpose = 'ESCROW'"
                        + " AND status IN ('CREATING', 'UNKNOWN', 'PENDING', 'SUCCEEDED') ORDER BY n DESC LIMIT 1",
                escrowId);
    }

    public void insert(Refund r, Instant nextPollAt) {
        jdbc.update(
                "INSERT INTO refund (id, escrow_id, n, reference, amount_paise, reason, provider_payment_id,"
                        + " provider_payment_txn_id, status, next_poll_at, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(),
                r.escrowId(),
                r.n(),
                r.reference(),
                r.amountPaise(),
                r.reason(),
                r.providerPaymentId(),
                r.providerPaymentTxnId(),
                r.status().name(),
                ts(nextPollAt),
                ts(r.createdAt()),
                ts(r.createdAt()));
    }

    /**
     * Inserts the refund of excess money paid as {@code providerPaymentId}, unless one for that payment exists; false
     * if it did. The key is committed before Setu is called, so that payment is never given back twice.
     */
    public boolean insertExcess(Refund r, String excessPaymentId, Instant nextPollAt) {
        return jdbc.update(
                        "INSERT INTO refund (id, escrow_id, n, reference, amount_paise, reason, provider_payment_id,"
                                + " provider_payment_txn_id, status, next_poll_at, created_at, updated_at, purpose,"
                                + " excess_payment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EXCESS', ?)"
                                + " ON CONFLICT (excess_payment_id) DO NOTHING",
                        r.id(),
                        r.escrowId(),
                        r.n(),
                        r.reference(),
                        r.amountPaise(),
                        r.reason(),
                        r.providerPaymentId(),
                        r.providerPaymentTxnId(),
                        r.status().name(),
                        ts(nextPollAt),
                        ts(r.createdAt()),
                        ts(r.createdAt()),
                        excessPaymentId)
                == 1;
    }

    /** The refund giving back the excess money of {@code providerPaymentId}, if one was recorded. */
    public Optional<Refund> findExcess(String providerPaymentId) {
        return one("SELECT " + COLUMNS + " FROM refund WHERE excess_payment_id = ?", providerPaymentId);
    }

    public Optional<Refund> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM refund WHERE id = ?", id);
    }

    public Optional<Refund> findByProviderId(String providerRefundId) {
        return one("SELECT " + COLUMNS + " FROM refund WHERE provider_refund_id = ?", providerRefundId);
    }

    public Optional<Refund> findByReference(String reference) {
        return one("SELECT " + COLUMNS + " FROM refund WHERE reference = ?", reference);
    }

    /** The refund's status now (read inside the caller's transaction, as the {@code from} of a guarded move). */
    public Optional<RefundStatus> status(UUID id) {
        return jdbc.queryForList("SELECT status FROM refund WHERE id = ?", String.class, id).stream()
                .findFirst()
                .map(RefundStatus::valueOf);
    }

    /** {@code from} (CREATING or UNKNOWN) → PENDING with Setu's refund id; false if it had moved on. */
    public boolean markPending(UUID id, RefundStatus from, String providerRefundId, Instant nextPollAt, Instant now) {
        from.check(RefundStatus.PENDING);
        return jdbc.update(
                        "UPDATE refund SET status = 'PENDING', provider_refund_id = ?, create_tries = create_tries + 1,"
                                + " next_poll_at = ?, updated_at = ? WHERE id = ? AND status = ?",
                        providerRefundId,
                        ts(nextPollAt),
                        ts(now),
                        id,
                        from.name())
                == 1;
    }

    /**
     * A create answered with no definitive "no": {@code from} (CREATING or UNKNOWN) → UNKNOWN, one create try more,
     * looked at again at {@code nextPollAt}; false if it had moved on.
     */
    public boolean markUnknown(UUID id, RefundStatus from, String error, Instant nextPollAt, Instant now) {
        if (from != RefundStatus.UNKNOWN) {
            from.check(RefundStatus.UNKNOWN);
        }
        return jdbc.update(
                        "UPDATE refund SET status = 'UNKNOWN', last_error = ?, last_error_at = ?, next_poll_at = ?,"
                                + " create_tries = create_tries + 1, updated_at = ? WHERE id = ? AND status = ?",
                        error,
                        ts(now),
                        ts(nextPollAt),
                        ts(now),
                        id,
                        from.name())
                == 1;
    }

    public void recordRead(UUID id, ProviderRefund read, Instant now) {
        jdbc.update(
                "UPDATE refund SET provider_status = ?, provider_amount_paise = ?, updated_at = ? WHERE id = ?",
                read.status(),
                read.amountPaise(),
                ts(now),
                id);
    }

    /** {@code from} → {@code to} (SUCCEEDED or FAILED), no more polling; false if it had moved on. */
    public boolean settle(UUID id, RefundStatus from, RefundStatus to, String error, Instant now) {
        from.check(to);
        return jdbc.update(
                        "UPDATE refund SET status = ?, next_poll_at = NULL, last_error = COALESCE(?::text, last_error),"
                                + " updated_at = ? WHERE id = ? AND status = ?",
                        to.name(),
                        error,
                        ts(now),
                        id,
                        from.name())
                == 1;
    }

    /**
     * Notes on a FAILED refund that Setu credited it late but it was not booked; false if it is no longer FAILED or
     * was noted before (so ops are told once).
     */
    public boolean noteLateSuccess(UUID id, String note, Instant now) {
        return jdbc.update(
                        "UPDATE refund SET last_error = ?, last_error_at = ?, updated_at = ? WHERE id = ?"
                                + " AND status = 'FAILED' AND COALESCE(last_error, '') NOT LIKE 'late success%'",
                        note, ts(now), ts(now), id)
                == 1;
    }

    /**
     * A refund just settled FAILED that Setu holds (it has a Setu refund id) is read back from {@code firstAt} until
     * {@code until}, for a late success (ADR 0013); nothing for one Setu never accepted.
     */
    public void scheduleLateReads(UUID id, Instant firstAt, Instant until) {
        jdbc.update(
                "UPDATE refund SET next_poll_at = ?, late_reads_until = ? WHERE id = ? AND status = 'FAILED'"
                        + " AND provider_refund_id IS NOT NULL",
                ts(firstAt),
                ts(until),
                id);
    }

    /**
     * After a late read of a FAILED refund: the next one at {@code nextAt} (the bound at the latest), or none once the
     * bound has passed or a late success was noted; nothing if the row is no longer FAILED.
     */
    public void rescheduleLateRead(UUID id, Instant nextAt, Instant now) {
        jdbc.update(
                "UPDATE refund SET next_poll_at = CASE WHEN late_reads_until > ?"
                        + " AND COALESCE(last_error, '') NOT LIKE 'late success%' THEN LEAST(?, late_reads_until)"
                        + " END WHERE id = ? AND status = 'FAILED'",
                ts(now), ts(nextAt), id);
    }

    public void recordError(UUID id, String error, Instant nextPollAt, boolean createTried, Instant now) {
        jdbc.update(
                "UPDATE refund SET last_error = ?, last_error_at = ?, next_poll_at = ?,"
                        + " create_tries = create_tries + ?, updated_at = ?"
                        + " WHERE id = ? AND status IN ('CREATING', 'UNKNOWN', 'PENDING')",
                error,
                ts(now),
                ts(nextPollAt),
                createTried ? 1 : 0,
                ts(now),
                id);
    }

    /** Records the NPCI txnId of the refunded payment, read from Setu (refunds are listed by it). */
    public void recordTxnId(UUID id, String txnId, Instant now) {
        jdbc.update("UPDATE refund SET provider_payment_txn_id = ?, updated_at = ? WHERE id = ?", txnId, ts(now), id);
    }

    /** Marks the refund's REFUND_UNCONFIRMED alert as raised; false if it already was. */
    public boolean markUnconfirmedAlerted(UUID id, Instant now) {
        return jdbc.update(
                        "UPDATE refund SET unconfirmed_alerted_at = ? WHERE id = ? AND unconfirmed_alerted_at IS NULL",
                        ts(now),
                        id)
                == 1;
    }

    public void reschedule(UUID id, Instant nextPollAt) {
        jdbc.update(
                "UPDATE refund SET next_poll_at = ? WHERE id = ? AND status IN ('CREATING', 'UNKNOWN', 'PENDING')",
                ts(nextPollAt),
                id);
    }

    /**
     * Works due refunds one at a time, each claimed when its turn comes with a lease of {@code lease} and a token of
     * its own (its next poll also moves a lease ahead, so a row whose work dies is not taken again at once). A row
     * another holder leases (a webhook hint, the first create) is skipped. {@code work} gets the row and the token it
     * holds it by; it renews and releases the lease ({@link #renewLease}, {@link #release}).
     *
     * @return how many were worked
     */
    public int workDue(Clock clock, Duration lease, int max, BiConsumer<UUID, UUID> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Claim refund rows outside a transaction, so the lease is committed first");
        }
        Timestamp roundStart = ts(clock.instant());
        int claimed = 0;
        while (claimed < max) {
            Instant now = clock.instant();
            UUID token = UUID.randomUUID();
            List<UUID> next = jdbc.queryForList(
                    "UPDATE refund SET leased_until = ?, lease_token = ?, next_poll_at = ? WHERE id IN ("
                            + "SELECT id FROM refund WHERE next_poll_at <= ? AND (leased_until IS NULL OR"
                            + " leased_until <= ?) ORDER BY next_poll_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id",
                    UUID.class,
                    ts(now.plus(lease)),
                    token,
                    ts(now.plus(lease)),
                    roundStart,
                    ts(now));
            if (next.isEmpty()) {
                break;
            }
            claimed++;
            try {
                work.accept(next.getFirst(), token);
            } catch (RuntimeException e) {
                log.warn("polling refund {} failed; it is tried again when its lease ends", next.getFirst(), e);
            }
        }
        return claimed;
    }

    /**
     * Claims the refund's work for {@code token} until {@code until}, unless another holder's lease is still running;
     * false if it is. Its own statement, committed before the work's provider calls.
     */
    public boolean claim(UUID id, UUID token, Instant until, Instant now) {
        return jdbc.update(
                        "UPDATE refund SET leased_until = ?, lease_token = ? WHERE id = ?"
                                + " AND (leased_until IS NULL OR leased_until <= ?)",
                        ts(until),
                        token,
                        id,
                        ts(now))
                == 1;
    }

    /**
     * Extends the lease held by {@code token} to {@code until}, before a provider call; false if the lease was lost
     * (another holder claimed the row after it ran out), and then the caller's work must stop.
     */
    public boolean renewLease(UUID id, UUID token, Instant until) {
        return jdbc.update("UPDATE refund SET leased_until = ? WHERE id = ? AND lease_token = ?", ts(until), id, token)
                == 1;
    }

    /** Ends the lease held by {@code token}; nothing if it was lost meanwhile. */
    public void release(UUID id, UUID token) {
        jdbc.update(
                "UPDATE refund SET leased_until = NULL, lease_token = NULL WHERE id = ? AND lease_token = ?",
                id,
                token);
    }

    private Optional<Refund> one(String sql, Object... args) {
        return jdbc.query(sql, RefundRepository::map, args).stream().findFirst();
    }

    private static Refund map(ResultSet rs, int row) throws SQLException {
        return new Refund(
                rs.getObject("id", UUID.class),
                rs.getObject("escrow_id", UUID.class),
                rs.getInt("n"),
                rs.getString("reference"),
                rs.getLong("amount_paise"),
                rs.getString("reason"),
                rs.getString("provider_payment_id"),
                rs.getString("provider_payment_txn_id"),
                RefundStatus.valueOf(rs.getString("status")),
                rs.getInt("create_tries"),
                rs.getString("provider_refund_id"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
