package com.trustpay.payment.payout.persistence;

import com.trustpay.payment.payout.domain.Payout;
import com.trustpay.payment.payout.domain.PayoutStatus;
import com.trustpay.payment.provider.domain.ProviderPayout;
import com.trustpay.platform.crypto.FieldCipher;
import com.trustpay.platform.crypto.SealedColumn;
import com.trustpay.platform.scheduling.DueRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code payout_series} and {@code payout} tables; state changes are guarded UPDATEs. The payee's VPA is stored
 * encrypted in both (ADR 0020); rows written before that are read as they are until the re-encryption job has
 * sealed them.
 */
public class PayoutRepository {

    private static final String COLUMNS =
            "id, escrow_id, milestone, round, attempt, reference, amount_paise, payee_vpa,"
                    + " payee_name, status, provider_payout_id, created_at, create_tries, request_body, lookup_needed";

    /** A round's series as needed to schedule its next attempt. */
    public record Series(
            UUID escrowId,
            Integer milestone,
            int round,
            int attempts,
            long amountPaise,
            String payeeVpa,
            String payeeName) {}

    /** A payout the bank reversed after success, and the milestone it paid (null: the escrow as one). */
    public record Reversal(String reference, Integer milestone) {}

    static final SealedColumn SERIES_PAYEE_VPA = SealedColumn.of("payout_series", "payee_vpa");
    static final SealedColumn PAYOUT_PAYEE_VPA = SealedColumn.of("payout", "payee_vpa");

    /** The encrypted column of {@code payout_series}. */
    public static final List<SealedColumn> SEALED_SERIES = List.of(SERIES_PAYEE_VPA);

    /** The encrypted column of {@code payout}. */
    public static final List<SealedColumn> SEALED_PAYOUT = List.of(PAYOUT_PAYEE_VPA);

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final DueRows<UUID> duePolls;

    public PayoutRepository(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.duePolls =
                DueRows.in("payout", "id", UUID.class).dueAt("next_poll_at").build(jdbc);
    }

    /** Starts the series of (escrow, milestone, round); false if it exists. */
    public boolean insertSeries(
            UUID escrowId,
            Integer milestone,
            int round,
            long amount,
            String vpa,
            String name,
            int maxAttempts,
            String status,
            String reversedPayoutReference,
            Instant now) {
        return jdbc.update(
                        "INSERT INTO payout_series (escrow_id, milestone, round, amount_paise, payee_vpa, payee_name,"
                                + " max_attempts, status, reversed_payout_reference, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        escrowId,
                        key(milestone),
                        round,
                        amount,
                        cipher.seal(SERIES_PAYEE_VPA, vpa),
                        name,
                        maxAttempts,
                        status,
                        reversedPayoutReference,
                        ts(now),
                        ts(now))
                == 1;
    }

    /**
     * The latest payout of the escrow that the bank reversed after success and that no series answers yet (a series
     * naming it in {@code reversed_payout_reference} that was not refused): no payout may start for the escrow
     * unless its command names this reference.
     */
    public Optional<Reversal> unansweredReversal(UUID escrowId) {
        return jdbc
                .query(
                        "SELECT p.reference, p.milestone FROM payout p WHERE p.escrow_id = ? AND p.status = 'REVERSED'"
                                + " AND NOT EXISTS (SELECT 1 FROM payout_series s WHERE s.escrow_id = p.escrow_id"
                                + " AND s.reversed_payout_reference = p.reference AND s.status <> 'REFUSED')"
                                + " ORDER BY p.updated_at DESC",
                        (rs, i) -> new Reversal(rs.getString("reference"), milestone(rs)),
                        escrowId)
                .stream()
                .findFirst();
    }

    /**
     * What stands in the way of a new series for (escrow, milestone): a successful payout or a series still running of
     * that milestone, or an incident of any payout of the escrow. Other milestones' payouts do not: the ledger
     * decides whether what is still held covers this one.
     */
    public Optional<String> blockingRelease(UUID escrowId, Integer milestone) {
        return jdbc
                .queryForList(
                        "SELECT 'payout ' || reference || CASE WHEN status = 'SUCCEEDED' THEN ' succeeded' ELSE"
                                + " ' is an incident' END FROM payout WHERE escrow_id = ? AND (status = 'INCIDENT'"
                                + " OR status = 'SUCCEEDED' AND milestone = ?) UNION ALL SELECT 'round ' || round"
                                + " || ' is ' || status FROM payout_series WHERE escrow_id = ? AND milestone = ?"
                                + " AND status IN ('RUNNING', 'WAITING_RETRY')",
                        String.class,
                        escrowId,
                        key(milestone),
                        escrowId,
                        key(milestone))
                .stream()
                .findFirst();
    }

    public void insert(Payout p, Instant nextPollAt) {
        jdbc.update(
                "INSERT INTO payout (id, escrow_id, milestone, round, attempt, reference, amount_paise, payee_vpa,"
                        + " payee_name, status, next_poll_at, created_at, updated_at, request_body)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(),
                p.escrowId(),
                key(p.milestone()),
                p.round(),
                p.attempt(),
                p.reference(),
                p.amountPaise(),
                cipher.seal(PAYOUT_PAYEE_VPA, p.payeeVpa()),
                p.payeeName(),
                p.status().name(),
                ts(nextPollAt),
                ts(p.createdAt()),
                ts(p.createdAt()),
                p.requestBody());
    }

    public Optional<Payout> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM payout WHERE id = ?", id);
    }

    public Optional<Payout> findByProviderId(String providerPayoutId) {
        return one("SELECT " + COLUMNS + " FROM payout WHERE provider_payout_id = ?", providerPayoutId);
    }

    public Optional<Payout> findByReference(String reference) {
        return one("SELECT " + COLUMNS + " FROM payout WHERE reference = ?", reference);
    }

    /** Whether a payout of (escrow, milestone) already succeeded. */
    public boolean hasSuccess(UUID escrowId, Integer milestone) {
        Integer n = jdbc.queryForObject(
                "SELECT count(*) FROM payout WHERE escrow_id = ? AND milestone = ? AND status = 'SUCCEEDED'",
                Integer.class,
                escrowId,
                key(milestone));
        return n != null && n > 0;
    }

    /** Records what the provider says (id, status, amount, UTR) without changing our status. */
    public void recordRead(UUID id, ProviderPayout p, Instant now) {
        jdbc.update(
                "UPDATE payout SET provider_payout_id = COALESCE(provider_payout_id, ?), provider_status = ?,"
                        + " provider_amount_paise = ?, utr = COALESCE(?, utr), updated_at = ? WHERE id = ?",
                p.id(),
                p.status(),
                p.amountPaise(),
                p.utr(),
                ts(now),
                id);
    }

    /** CREATING → PROCESSING once the provider has the payout; false if it had moved on already. */
    public boolean markSent(UUID id, Instant nextPollAt, Instant now) {
        return jdbc.update(
                        "UPDATE payout SET status = 'PROCESSING', create_tries = create_tries + 1, next_poll_at = ?,"
                                + " updated_at = ? WHERE id = ? AND status = 'CREATING'",
                        ts(nextPollAt),
                        ts(now),
                        id)
                == 1;
    }

    /** Moves an open payout to {@code to}; false if it was not open. */
    public boolean settle(UUID id, PayoutStatus to, String error, Instant now) {
        return jdbc.update(
                        "UPDATE payout SET status = ?, next_poll_at = NULL, last_error = COALESCE(?::text, last_error),"
                                + " last_error_at = CASE WHEN ?::text IS NULL THEN last_error_at ELSE ?::timestamptz END, updated_at = ?"
                                + " WHERE id = ? AND status IN ('CREATING', 'PROCESSING')",
                        to.name(),
                        error,
                        error,
                        ts(now),
                        ts(now),
                        id)
                == 1;
    }

    /**
     * Records a payout the provider processed although we had settled it otherwise (open while another succeeded,
     * or FAILED); false if it already was an incident or is in another state.
     */
    public boolean markIncident(UUID id, String what, Instant now) {
        return jdbc.update(
                        "UPDATE payout SET status = 'INCIDENT', next_poll_at = NULL, last_error = ?, last_error_at = ?,"
                                + " updated_at = ? WHERE id = ? AND status IN ('CREATING', 'PROCESSING', 'FAILED')",
                        what,
                        ts(now),
                        ts(now),
                        id)
                == 1;
    }

    /** A re-send was answered 4xx ({@code true}) or the lookup by reference found nothing ({@code false}). */
    public void lookupNeeded(UUID id, boolean needed) {
        jdbc.update("UPDATE payout SET lookup_needed = ? WHERE id = ? AND status = 'CREATING'", needed, id);
    }

    public boolean reverse(UUID id, Instant now) {
        return jdbc.update(
                        "UPDATE payout SET status = 'REVERSED', last_error = 'reversed after processed',"
                                + " last_error_at = ?, updated_at = ? WHERE id = ? AND status = 'SUCCEEDED'",
                        ts(now),
                        ts(now),
                        id)
                == 1;
    }

    public void recordError(UUID id, String error, Instant nextPollAt, boolean createTried, Instant now) {
        jdbc.update(
                "UPDATE payout SET last_error = ?, last_error_at = ?, next_poll_at = ?,"
                        + " create_tries = create_tries + ?, updated_at = ? WHERE id = ?",
                error,
                ts(now),
                ts(nextPollAt),
                createTried ? 1 : 0,
                ts(now),
                id);
    }

    /** Marks an open payout's PAYOUT_STUCK alert as raised; false if it already was or the payout finished. */
    public boolean markStuckAlerted(UUID id, Instant now) {
        return jdbc.update(
                        "UPDATE payout SET stuck_alerted_at = ? WHERE id = ? AND stuck_alerted_at IS NULL"
                                + " AND status IN ('CREATING', 'PROCESSING')",
                        ts(now),
                        id)
                == 1;
    }

    public void reschedule(UUID id, Instant nextPollAt) {
        jdbc.update(
                "UPDATE payout SET next_poll_at = ? WHERE id = ? AND status IN ('CREATING', 'PROCESSING')",
                ts(nextPollAt),
                id);
    }

    public void seriesStatus(
            UUID escrowId,
            Integer milestone,
            int round,
            String status,
            String error,
            Instant nextAttemptAt,
            Instant now) {
        jdbc.update(
                "UPDATE payout_series SET status = ?, next_attempt_at = ?, last_error = COALESCE(?::text, last_error),"
                        + " last_error_at = CASE WHEN ?::text IS NULL THEN last_error_at ELSE ?::timestamptz END, updated_at = ?"
                        + " WHERE escrow_id = ? AND milestone = ? AND round = ?",
                status,
                ts(nextAttemptAt),
                error,
                error,
                ts(now),
                ts(now),
                escrowId,
                key(milestone),
                round);
    }

    /** Claims series whose retry is due: WAITING_RETRY → RUNNING with one more attempt, returned for sending. */
    public List<Series> claimDueRetries(Instant now, int limit) {
        return jdbc.query(
                "UPDATE payout_series SET status = 'RUNNING', attempts = attempts + 1, next_attempt_at = NULL,"
                        + " updated_at = ? WHERE (escrow_id, milestone, round) IN (SELECT escrow_id, milestone, round"
                        + " FROM payout_series WHERE status = 'WAITING_RETRY' AND next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                        + " RETURNING escrow_id, milestone, round, attempts, amount_paise, payee_vpa, payee_name",
                (rs, i) -> new Series(
                        rs.getObject("escrow_id", UUID.class),
                        milestone(rs),
                        rs.getInt("round"),
                        rs.getInt("attempts"),
                        rs.getLong("amount_paise"),
                        cipher.openTextOrPlaintext(SERIES_PAYEE_VPA, rs.getString("payee_vpa")),
                        rs.getString("payee_name")),
                ts(now),
                ts(now),
                limit);
    }

    /**
     * Works due payouts one at a time, each claimed when its turn comes: its next poll moves a lease ahead, so no
     * other instance takes it while it is worked (see {@link DueRows}); the work then sets the real next poll.
     *
     * @return how many were worked
     */
    public int workDue(Clock clock, Duration lease, int max, Consumer<UUID> work) {
        return duePolls.workEach(clock, lease, max, work);
    }

    private Optional<Payout> one(String sql, Object... args) {
        return jdbc.query(sql, this::map, args).stream().findFirst();
    }

    private Payout map(ResultSet rs, int row) throws SQLException {
        return new Payout(
                rs.getObject("id", UUID.class),
                rs.getObject("escrow_id", UUID.class),
                milestone(rs),
                rs.getInt("round"),
                rs.getInt("attempt"),
                rs.getString("reference"),
                rs.getLong("amount_paise"),
                cipher.openTextOrPlaintext(PAYOUT_PAYEE_VPA, rs.getString("payee_vpa")),
                rs.getString("payee_name"),
                PayoutStatus.valueOf(rs.getString("status")),
                rs.getString("provider_payout_id"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("create_tries"),
                rs.getBytes("request_body"),
                rs.getBoolean("lookup_needed"));
    }

    /** The stored form of a milestone: 0 for the contract's null, the escrow as one (V11). */
    private static int key(Integer milestone) {
        return milestone == null ? 0 : milestone;
    }

    private static Integer milestone(ResultSet rs) throws SQLException {
        int m = rs.getInt("milestone");
        return m == 0 ? null : m;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
