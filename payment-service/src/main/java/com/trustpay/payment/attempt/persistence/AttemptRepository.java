package com.trustpay.payment.attempt.persistence;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.payment.attempt.domain.AttemptStatus;
import com.trustpay.payment.attempt.domain.PaymentAttempt;
import com.trustpay.payment.provider.domain.CreatedRequest;
import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.RequestState;
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
 * The {@code payment_attempt} table. Every state change is a guarded UPDATE ({@code WHERE status IN (...)}) whose
 * row count tells the caller whether it made the change, so two readers of the same outcome (webhook and poller)
 * publish it once.
 *
 * <p>The payer's VPAs are stored encrypted ({@link #SEALED}, ADR 0020); rows written before that are read as they
 * are until the re-encryption job has sealed them.
 */
public class AttemptRepository {

    private static final String OPEN = "status IN ('CREATING', 'REQUESTED')";
    private static final String COLUMNS = "id, escrow_id, attempt, reference, mode, amount_paise, payer_vpa,"
            + " payer_name, note, status, create_tries, cancel_requested, provider_instance_id, expires_at, created_at,"
            + " provider";

    static final SealedColumn PAYER_VPA = SealedColumn.of("payment_attempt", "payer_vpa");
    static final SealedColumn PAID_BY_VPA = SealedColumn.of("payment_attempt", "paid_by_vpa");

    /** The encrypted columns of {@code payment_attempt}. */
    public static final List<SealedColumn> SEALED = List.of(PAYER_VPA, PAID_BY_VPA);

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final DueRows<UUID> duePolls;

    public AttemptRepository(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.duePolls = DueRows.in("payment_attempt", "id", UUID.class)
                .dueAt("next_poll_at")
                .build(jdbc);
    }

    /** Inserts the attempt unless (escrow, attempt) exists; false if it did. */
    public boolean insert(PaymentAttempt a, Instant nextPollAt, String routeReason) {
        return jdbc.update(
                        "INSERT INTO payment_attempt (id, escrow_id, attempt, reference, mode, amount_paise, payer_vpa,"
                                + " payer_name, note, status, expires_at, next_poll_at, created_at, updated_at,"
                                + " provider, route_reason)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (escrow_id, attempt) DO NOTHING",
                        a.id(),
                        a.escrowId(),
                        a.attempt(),
                        a.reference(),
                        a.mode().name(),
                        a.amountPaise(),
                        cipher.seal(PAYER_VPA, a.payerVpa()),
                        a.payerName(),
                        a.note(),
                        a.status().name(),
                        ts(a.expiresAt()),
                        ts(nextPollAt),
                        ts(a.createdAt()),
                        ts(a.createdAt()),
                        a.provider(),
                        routeReason)
                == 1;
    }

    public Optional<PaymentAttempt> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM payment_attempt WHERE id = ?", id);
    }

    public Optional<PaymentAttempt> find(UUID escrowId, int attempt) {
        return one(
                "SELECT " + COLUMNS + " FROM payment_attempt WHERE escrow_id = ? AND attempt = ?", escrowId, attempt);
    }

    public Optional<PaymentAttempt> findByInstance(String instanceId) {
        return one("SELECT " + COLUMNS + " FROM payment_attempt WHERE provider_instance_id = ?", instanceId);
    }

    public Optional<PaymentAttempt> findByReference(String reference) {
        return one("SELECT " + COLUMNS + " FROM payment_attempt WHERE reference = ?", reference);
    }

    /** The escrow's succeeded attempt (the one a refund goes against), with its provider payment id and txn id. */
    /** When the oldest attempt still open (pending at the provider, or its create unknown) was created. */
    /** The oldest open attempt with {@code provider}. */
    public Optional<Instant> oldestOpenCreatedAt(String provider) {
        Timestamp oldest = jdbc.queryForObject(
                "SELECT min(created_at) FROM payment_attempt WHERE provider = ? AND " + OPEN,
                Timestamp.class,
                provider);
        return Optional.ofNullable(oldest).map(Timestamp::toInstant);
    }

    public Optional<Collected> collected(UUID escrowId) {
        return jdbc
                .query(
                        "SELECT provider_payment_id, provider_txn_id, provider_amount_paise FROM payment_attempt"
                                + " WHERE escrow_id = ? AND status = 'SUCCEEDED' ORDER BY attempt DESC LIMIT 1",
                        (rs, i) -> new Collected(
                                rs.getString("provider_payment_id"),
                                rs.getString("provider_txn_id"),
                                rs.getLong("provider_amount_paise")),
                        escrowId)
                .stream()
                .findFirst();
    }

    /**
     * Locks the escrow's attempts for the rest of the transaction, so that payments found on two of its attempts at
     * once are decided one after the other (only one of them is held, ADR 0012).
     */
    public void lockEscrow(UUID escrowId) {
        jdbc.query("SELECT id FROM payment_attempt WHERE escrow_id = ? FOR UPDATE", (rs, i) -> 0, escrowId);
    }

    /** Whether an attempt of the escrow other than {@code attemptId} succeeded (its money is held). */
    public boolean otherSucceeded(UUID escrowId, UUID attemptId) {
        Integer n = jdbc.queryForObject(
                "SELECT count(*) FROM payment_attempt WHERE escrow_id = ? AND id <> ? AND status = 'SUCCEEDED'",
                Integer.class,
                escrowId,
                attemptId);
        return n != null && n > 0;
    }

    /** The escrow's newest attempt number (the one escrow-service awaits), 0 if none. */
    public int newestAttempt(UUID escrowId) {
        Integer n = jdbc.queryForObject(
                "SELECT COALESCE(MAX(attempt), 0) FROM payment_attempt WHERE escrow_id = ?", Integer.class, escrowId);
        return n == null ? 0 : n;
    }

    /** The provider payment a SUCCEEDED attempt holds, if it succeeded. */
    public Optional<String> acceptedPaymentId(UUID id) {
        return jdbc
                .query(
                        "SELECT provider_payment_id FROM payment_attempt WHERE id = ? AND status = 'SUCCEEDED'",
                        (rs, i) -> rs.getString(1),
                        id)
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** The escrow's attempts other than {@code attemptId} that are still open (to be withdrawn once one is paid). */
    public java.util.List<PaymentAttempt> openOthers(UUID escrowId, UUID attemptId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM payment_attempt WHERE escrow_id = ? AND id <> ? AND " + OPEN,
                this::map,
                escrowId,
                attemptId);
    }

    /**
     * Records the provider request of a settled attempt that never learnt it (a collect whose create answer was lost
     * and that was failed for it), so that a payment on it is seen; false if the attempt already had one.
     */
    public boolean attachInstance(UUID id, String instanceId, Instant nextPollAt, Instant now) {
        return jdbc.update(
                        "UPDATE payment_attempt SET provider_instance_id = ?, next_poll_at = ?, updated_at = ?"
                                + " WHERE id = ? AND provider_instance_id IS NULL",
                        instanceId,
                        ts(nextPollAt),
                        ts(now),
                        id)
                == 1;
    }

    /** Adds a confirmed payment to what the escrow has collected (refunds are checked against it). */
    public void addCollected(UUID escrowId, long amountPaise) {
        jdbc.update(
                "INSERT INTO escrow_ledger (escrow_id, collected_paise) VALUES (?, ?) ON CONFLICT (escrow_id)"
                        + " DO UPDATE SET collected_paise = escrow_ledger.collected_paise + EXCLUDED.collected_paise",
                escrowId,
                amountPaise);
    }

    /** The provider payment an escrow's refunds draw on. */
    public record Collected(String paymentId, String txnId, long amountPaise) {}

    /**
     * The collection provider of the attempt that holds {@code providerPaymentId} ({@code setu} when none does:
     * payments from before routing, and refunds whose payment we never recorded).
     */
    public String providerOfPayment(String providerPaymentId) {
        if (providerPaymentId == null) {
            return "setu";
        }
        return jdbc
                .query(
                        "SELECT provider FROM payment_attempt WHERE provider_payment_id = ? LIMIT 1",
                        (rs, i) -> rs.getString(1),
                        providerPaymentId)
                .stream()
                .findFirst()
                .orElse("setu");
    }

    public boolean markRequested(UUID id, CreatedRequest created, String qrPngBase64, Instant nextPollAt, Instant now) {
        return jdbc.update(
                        "UPDATE payment_attempt SET status = 'REQUESTED', provider_instance_id = ?, provider_status = ?,"
                                + " intent_link = ?, short_link = ?, qr_png_base64 = ?, next_poll_at = ?,"
                                + " create_tries = create_tries + 1, updated_at = ? WHERE id = ? AND status = 'CREATING'",
                        created.instanceId(),
                        created.status(),
                        created.intentLink(),
                        created.shortLink(),
                        qrPngBase64,
                        ts(nextPollAt),
                        ts(now),
                        id)
                == 1;
    }

    /** Records the provider's view (request status, latest payment) as last read. */
    public void recordRead(UUID id, RequestState state, Instant now) {
        ProviderPayment p = state.payments().stream()
                .filter(ProviderPayment::succeeded)
                .findFirst()
                .orElse(state.payments().isEmpty() ? null : state.payments().getLast());
        jdbc.update(
                "UPDATE payment_attempt SET provider_status = ?, provider_payment_id = ?, provider_payment_status = ?,"
                        + " provider_amount_paise = ?, provider_txn_id = ?, rrn = ?, paid_by_vpa = ?, updated_at = ?"
                        + " WHERE id = ?",
                state.status(),
                p == null ? null : p.id(),
                p == null ? null : p.status(),
                p == null ? null : p.amountPaise(),
                p == null ? null : p.txnId(),
                p == null ? null : p.rrn(),
                p == null ? null : cipher.seal(PAID_BY_VPA, p.customerVpa()),
                ts(now),
                id);
    }

    /** Moves an open attempt to a terminal status; false if it was already terminal. */
    public boolean settle(UUID id, AttemptStatus status, Instant now) {
        return jdbc.update(
                        "UPDATE payment_attempt SET status = ?, next_poll_at = NULL, updated_at = ? WHERE id = ? AND "
                                + OPEN,
                        status.name(),
                        ts(now),
                        id)
                == 1;
    }

    /**
     * Moves an attempt we had settled {@code FAILED} or {@code EXPIRED} to {@code SUCCEEDED} because the provider shows
     * a successful payment for it after all (the payer retried in the UPI app); false if another reader did it first.
     */
    public boolean settleLate(UUID id, Instant now) {
        return jdbc.update(
                        "UPDATE payment_attempt SET status = 'SUCCEEDED', next_poll_at = NULL, updated_at = ?"
                                + " WHERE id = ? AND status IN ('FAILED', 'EXPIRED')",
                        ts(now),
                        id)
                == 1;
    }

    /**
     * Keeps (or stops, with {@code null}) polling a settled attempt that may still be paid late (FAILED, EXPIRED or
     * CANCELLED: watched until the provider shows nothing that could still succeed, ADR 0012).
     */
    public void watchSettled(UUID id, Instant nextPollAt) {
        jdbc.update(
                "UPDATE payment_attempt SET next_poll_at = ? WHERE id = ? AND status IN ('FAILED', 'EXPIRED',"
                        + " 'CANCELLED')",
                ts(nextPollAt),
                id);
    }

    public void fail(UUID id, String error, Instant now) {
        jdbc.update(
                "UPDATE payment_attempt SET last_error = ?, last_error_at = ?, updated_at = ? WHERE id = ?",
                error,
                ts(now),
                ts(now),
                id);
    }

    /** A create whose outcome is unknown: counted, and looked at again at {@code nextPollAt}. */
    public void createUnknown(UUID id, String error, Instant nextPollAt, Instant now) {
        jdbc.update(
                "UPDATE payment_attempt SET create_tries = create_tries + 1, last_error = ?, last_error_at = ?,"
                        + " next_poll_at = ?, updated_at = ? WHERE id = ? AND status = 'CREATING'",
                error,
                ts(now),
                ts(nextPollAt),
                ts(now),
                id);
    }

    public void reschedule(UUID id, Instant nextPollAt) {
        jdbc.update("UPDATE payment_attempt SET next_poll_at = ? WHERE id = ? AND " + OPEN, ts(nextPollAt), id);
    }

    public void requestCancel(UUID id, Instant now) {
        jdbc.update("UPDATE payment_attempt SET cancel_requested = true, updated_at = ? WHERE id = ?", ts(now), id);
    }

    /** Adopts a provider request found by our reference for an attempt whose create answer was lost. */
    public boolean adopt(UUID id, String instanceId, Instant nextPollAt, Instant now) {
        return jdbc.update(
                        "UPDATE payment_attempt SET status = 'REQUESTED', provider_instance_id = ?, next_poll_at = ?,"
                                + " updated_at = ? WHERE id = ? AND status = 'CREATING'",
                        instanceId,
                        ts(nextPollAt),
                        ts(now),
                        id)
                == 1;
    }

    /**
     * Works due attempts one at a time, each claimed when its turn comes: its next poll moves a lease ahead, so no
     * other instance takes it while it is worked (see {@link DueRows}); the work then sets the real next poll.
     *
     * @return how many were worked
     */
    public int workDue(Clock clock, Duration lease, int max, Consumer<UUID> work) {
        return duePolls.workEach(clock, lease, max, work);
    }

    private Optional<PaymentAttempt> one(String sql, Object... args) {
        return jdbc.query(sql, this::map, args).stream().findFirst();
    }

    private PaymentAttempt map(ResultSet rs, int row) throws SQLException {
        return new PaymentAttempt(
                rs.getObject("id", UUID.class),
                rs.getObject("escrow_id", UUID.class),
                rs.getInt("attempt"),
                rs.getString("reference"),
                PaymentMode.valueOf(rs.getString("mode")),
                rs.getLong("amount_paise"),
                cipher.openTextOrPlaintext(PAYER_VPA, rs.getString("payer_vpa")),
                rs.getString("payer_name"),
                rs.getString("note"),
                AttemptStatus.valueOf(rs.getString("status")),
                rs.getInt("create_tries"),
                rs.getBoolean("cancel_requested"),
                rs.getString("provider_instance_id"),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("provider"));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
