package com.trustpay.reconciliation.reconciliation.persistence;

import com.trustpay.reconciliation.reconciliation.domain.EscrowChange;
import com.trustpay.reconciliation.reconciliation.domain.EscrowPosition;
import com.trustpay.reconciliation.reconciliation.domain.EscrowSettlement;
import com.trustpay.reconciliation.reconciliation.domain.EscrowSide;
import com.trustpay.reconciliation.reconciliation.domain.PaymentRecord;
import com.trustpay.reconciliation.reconciliation.domain.PaymentSide;
import com.trustpay.reconciliation.reconciliation.domain.PayoutRecord;
import com.trustpay.reconciliation.reconciliation.domain.ReconciliationCase;
import com.trustpay.reconciliation.reconciliation.domain.RecordChange;
import com.trustpay.reconciliation.reconciliation.domain.RecordStatus;
import com.trustpay.reconciliation.reconciliation.domain.RefundRecord;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The two sides as the listeners keep them, and the cases a run compares. */
public class ProjectionRepository {

    /**
     * A later status never goes back to PENDING; a success outranks a failure or an expiry (a late payment); a
     * reversal (payouts only) outranks the success it reverses and is final.
     */
    private static final String MERGED_STATUS = "CASE WHEN t.status = 'REVERSED' THEN t.status"
            + " WHEN t.status = 'PENDING' OR EXCLUDED.status IN ('SUCCEEDED', 'REVERSED') THEN EXCLUDED.status"
            + " ELSE t.status END";

    private final JdbcTemplate jdbc;

    public ProjectionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void apply(EscrowChange c) {
        jdbc.update(
                """
                INSERT INTO escrow_view AS t (escrow_id, position, amount_paise, held_paise, payment_reference,
                    released_paise, payout_reference, refunded_paise, refund_reference, created_at, held_at,
                    released_at, refunded_at, updated_at)
                VALUES (?, COALESCE(?, 'OPEN'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (escrow_id) DO UPDATE SET
                    position = CASE WHEN ? THEN EXCLUDED.position ELSE t.position END,
                    amount_paise = COALESCE(EXCLUDED.amount_paise, t.amount_paise),
                    held_paise = COALESCE(EXCLUDED.held_paise, t.held_paise),
                    payment_reference = COALESCE(EXCLUDED.payment_reference, t.payment_reference),
                    released_paise = COALESCE(EXCLUDED.released_paise, t.released_paise),
                    payout_reference = COALESCE(EXCLUDED.payout_reference, t.payout_reference),
                    refunded_paise = COALESCE(EXCLUDED.refunded_paise, t.refunded_paise),
                    refund_reference = COALESCE(EXCLUDED.refund_reference, t.refund_reference),
                    created_at = COALESCE(t.created_at, EXCLUDED.created_at),
                    held_at = COALESCE(t.held_at, EXCLUDED.held_at),
                    released_at = COALESCE(EXCLUDED.released_at, t.released_at),
                    refunded_at = COALESCE(EXCLUDED.refunded_at, t.refunded_at),
                    updated_at = GREATEST(t.updated_at, EXCLUDED.updated_at)
                """,
                c.escrowId(),
                c.position() == null ? null : c.position().name(),
                c.amountPaise(),
                c.heldPaise(),
                c.paymentReference(),
                c.releasedPaise(),
                c.payoutReference(),
                c.refundedPaise(),
                c.refundReference(),
                ts(c.createdAt()),
                ts(c.heldAt()),
                ts(c.releasedAt()),
                ts(c.refundedAt()),
                ts(c.at()),
                c.position() != null);
        if (c.releasedPaise() != null && c.payoutReference() != null) {
            settlement(c.escrowId(), "RELEASED", c.payoutReference(), c.milestone(), c.releasedPaise(), c.at());
        }
        if (c.refundedPaise() != null && c.refundReference() != null) {
            settlement(c.escrowId(), "REFUNDED", c.refundReference(), null, c.refundedPaise(), c.at());
        }
    }

    /** One Released or Refunded, kept once per reference: milestones and splits move money out more than once. */
    private void settlement(UUID escrowId, String kind, String reference, Integer milestone, long amount, Instant at) {
        jdbc.update(
                "INSERT INTO escrow_settlement (escrow_id, kind, reference, milestone, amount_paise, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                escrowId,
                kind,
                reference,
                milestone,
                amount,
                ts(at));
    }

    public void apply(RecordChange c) {
        switch (c.type()) {
            case PAYMENT -> payment(c);
            case PAYOUT -> payout(c);
            case REFUND -> refund(c);
        }
    }

    private void payment(RecordChange c) {
        jdbc.update(
                """
                INSERT INTO payment_record AS t (reference, escrow_id, attempt, requested_paise, paid_paise, status,
                    provider_payment_id, rrn, failure, requested_at, expires_at, settled_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (reference) DO UPDATE SET
                    attempt = COALESCE(EXCLUDED.attempt, t.attempt),
                    requested_paise = COALESCE(EXCLUDED.requested_paise, t.requested_paise),
                    paid_paise = COALESCE(EXCLUDED.paid_paise, t.paid_paise),
                    status = %s,
                    provider_payment_id = COALESCE(EXCLUDED.provider_payment_id, t.provider_payment_id),
                    rrn = COALESCE(EXCLUDED.rrn, t.rrn),
                    failure = COALESCE(EXCLUDED.failure, t.failure),
                    requested_at = COALESCE(t.requested_at, EXCLUDED.requested_at),
                    expires_at = COALESCE(EXCLUDED.expires_at, t.expires_at),
                    settled_at = COALESCE(EXCLUDED.settled_at, t.settled_at),
                    updated_at = GREATEST(t.updated_at, EXCLUDED.updated_at)
                """.formatted(MERGED_STATUS),
                c.reference(),
                c.escrowId(),
                c.attempt(),
                c.amountPaise(),
                c.settledPaise(),
                c.status().name(),
                c.providerId(),
                c.bankReference(),
                c.failure(),
                ts(c.startedAt()),
                ts(c.expiresAt()),
                ts(c.settledAt()),
                ts(c.at()));
    }

    private void payout(RecordChange c) {
        jdbc.update(
                """
                INSERT INTO payout_record AS t (reference, escrow_id, amount_paise, status, provider_payout_id, utr,
                    failure, initiated_at, settled_at, updated_at, milestone)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (reference) DO UPDATE SET
                    amount_paise = COALESCE(EXCLUDED.amount_paise, t.amount_paise),
                    milestone = COALESCE(EXCLUDED.milestone, t.milestone),
                    status = %s,
                    provider_payout_id = COALESCE(EXCLUDED.provider_payout_id, t.provider_payout_id),
                    utr = COALESCE(EXCLUDED.utr, t.utr),
                    failure = COALESCE(EXCLUDED.failure, t.failure),
                    initiated_at = COALESCE(t.initiated_at, EXCLUDED.initiated_at),
                    settled_at = COALESCE(EXCLUDED.settled_at, t.settled_at),
                    updated_at = GREATEST(t.updated_at, EXCLUDED.updated_at)
                """.formatted(MERGED_STATUS),
                c.reference(),
                c.escrowId(),
                c.amountPaise(),
                c.status().name(),
                c.providerId(),
                c.bankReference(),
                c.failure(),
                ts(c.startedAt()),
                ts(c.settledAt()),
                ts(c.at()),
                c.milestone());
    }

    private void refund(RecordChange c) {
        jdbc.update(
                """
                INSERT INTO refund_record AS t (reference, escrow_id, amount_paise, status, provider_refund_id,
                    failure, initiated_at, settled_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (reference) DO UPDATE SET
                    status = %s,
                    provider_refund_id = COALESCE(EXCLUDED.provider_refund_id, t.provider_refund_id),
                    failure = COALESCE(EXCLUDED.failure, t.failure),
                    initiated_at = COALESCE(t.initiated_at, EXCLUDED.initiated_at),
                    settled_at = COALESCE(EXCLUDED.settled_at, t.settled_at),
                    updated_at = GREATEST(t.updated_at, EXCLUDED.updated_at)
                """.formatted(MERGED_STATUS),
                c.reference(),
                c.escrowId(),
                c.amountPaise() == null ? 0L : c.amountPaise(),
                c.status().name(),
                c.providerId(),
                c.failure(),
                ts(c.startedAt()),
                ts(c.settledAt()),
                ts(c.at()));
    }

    /** Records a fact payment-service reported only as an alert about the escrow. */
    public void flag(UUID escrowId, String kind, String detail, Instant at) {
        jdbc.update(
                "INSERT INTO payment_flag (escrow_id, kind, detail, raised_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (escrow_id, kind) DO NOTHING",
                escrowId,
                kind,
                detail,
                ts(at));
    }

    /**
     * The escrows a run over [from, to) compares: those whose story (first to last event) overlaps the range on
     * either side, and every payment, payout or refund still open that started before {@code to}.
     */
    public List<UUID> escrowsIn(Instant from, Instant to) {
        Timestamp f = ts(from);
        Timestamp t = ts(to);
        return jdbc.queryForList("""
                SELECT escrow_id FROM escrow_view WHERE COALESCE(created_at, updated_at) < ? AND updated_at >= ?
                UNION SELECT escrow_id FROM payment_record
                    WHERE COALESCE(requested_at, updated_at) < ? AND (updated_at >= ? OR status = 'PENDING')
                UNION SELECT escrow_id FROM payout_record
                    WHERE COALESCE(initiated_at, updated_at) < ? AND (updated_at >= ? OR status = 'PENDING')
                UNION SELECT escrow_id FROM refund_record
                    WHERE COALESCE(initiated_at, updated_at) < ? AND (updated_at >= ? OR status = 'PENDING')
                """, UUID.class, t, f, t, f, t, f, t, f);
    }

    /** Both sides of each escrow, in the order given. */
    public List<ReconciliationCase> cases(List<UUID> escrowIds) {
        if (escrowIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, EscrowSide> escrows = new HashMap<>();
        Map<UUID, List<PaymentRecord>> payments = new HashMap<>();
        Map<UUID, List<PayoutRecord>> payouts = new HashMap<>();
        Map<UUID, List<RefundRecord>> refunds = new HashMap<>();
        Map<UUID, Set<String>> flags = new HashMap<>();
        Map<UUID, List<EscrowSettlement>> releases = new HashMap<>();
        Map<UUID, List<EscrowSettlement>> refunded = new HashMap<>();
        query(
                "SELECT * FROM escrow_view WHERE escrow_id = ANY(?)",
                escrowIds,
                rs -> escrows.put(rs.getObject("escrow_id", UUID.class), escrow(rs)));
        query(
                "SELECT * FROM payment_record WHERE escrow_id = ANY(?) ORDER BY requested_at, reference",
                escrowIds,
                rs -> add(payments, rs, payment(rs)));
        query(
                "SELECT * FROM payout_record WHERE escrow_id = ANY(?) ORDER BY initiated_at, reference",
                escrowIds,
                rs -> add(payouts, rs, payout(rs)));
        query(
                "SELECT * FROM refund_record WHERE escrow_id = ANY(?) ORDER BY initiated_at, reference",
                escrowIds,
                rs -> add(refunds, rs, refund(rs)));
        query("SELECT * FROM payment_flag WHERE escrow_id = ANY(?)", escrowIds, rs -> flags.computeIfAbsent(
                        rs.getObject("escrow_id", UUID.class), id -> new HashSet<>())
                .add(rs.getString("kind")));
        query(
                "SELECT * FROM escrow_settlement WHERE escrow_id = ANY(?) ORDER BY at, reference",
                escrowIds,
                rs -> add("RELEASED".equals(rs.getString("kind")) ? releases : refunded, rs, settlement(rs)));
        List<ReconciliationCase> cases = new ArrayList<>(escrowIds.size());
        for (UUID id : new LinkedHashSet<>(escrowIds)) {
            cases.add(new ReconciliationCase(
                    id,
                    escrows.containsKey(id)
                            ? escrows.get(id)
                                    .withSettlements(
                                            releases.getOrDefault(id, List.of()), refunded.getOrDefault(id, List.of()))
                            : null,
                    new PaymentSide(
                            payments.getOrDefault(id, List.of()),
                            payouts.getOrDefault(id, List.of()),
                            refunds.getOrDefault(id, List.of()),
                            flags.getOrDefault(id, Set.of()))));
        }
        return cases;
    }

    @FunctionalInterface
    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<UUID> ids, RowAction action) {
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement(sql);
                    Array array = con.createArrayOf("uuid", ids.toArray());
                    ps.setArray(1, array);
                    return ps;
                },
                (ResultSet rs) -> {
                    action.accept(rs);
                });
    }

    private static <T> void add(Map<UUID, List<T>> map, ResultSet rs, T value) throws SQLException {
        map.computeIfAbsent(rs.getObject("escrow_id", UUID.class), id -> new ArrayList<>())
                .add(value);
    }

    private static EscrowSide escrow(ResultSet rs) throws SQLException {
        return new EscrowSide(
                rs.getObject("escrow_id", UUID.class),
                longOrNull(rs, "amount_paise"),
                EscrowPosition.valueOf(rs.getString("position")),
                longOrNull(rs, "held_paise"),
                rs.getString("payment_reference"),
                longOrNull(rs, "released_paise"),
                rs.getString("payout_reference"),
                longOrNull(rs, "refunded_paise"),
                rs.getString("refund_reference"),
                instant(rs, "created_at"),
                instant(rs, "held_at"),
                instant(rs, "released_at"),
                instant(rs, "refunded_at"),
                instant(rs, "updated_at"));
    }

    private static PaymentRecord payment(ResultSet rs) throws SQLException {
        int attempt = rs.getInt("attempt");
        return new PaymentRecord(
                rs.getString("reference"),
                attempt,
                longOrNull(rs, "requested_paise"),
                longOrNull(rs, "paid_paise"),
                RecordStatus.valueOf(rs.getString("status")),
                rs.getString("provider_payment_id"),
                rs.getString("rrn"),
                instant(rs, "requested_at"),
                instant(rs, "expires_at"),
                instant(rs, "settled_at"));
    }

    private static PayoutRecord payout(ResultSet rs) throws SQLException {
        return new PayoutRecord(
                rs.getString("reference"),
                longOrNull(rs, "amount_paise"),
                RecordStatus.valueOf(rs.getString("status")),
                rs.getString("provider_payout_id"),
                rs.getString("utr"),
                instant(rs, "initiated_at"),
                instant(rs, "settled_at"),
                intOrNull(rs, "milestone"));
    }

    private static EscrowSettlement settlement(ResultSet rs) throws SQLException {
        return new EscrowSettlement(
                rs.getString("reference"), intOrNull(rs, "milestone"), rs.getLong("amount_paise"), instant(rs, "at"));
    }

    private static RefundRecord refund(ResultSet rs) throws SQLException {
        return new RefundRecord(
                rs.getString("reference"),
                rs.getLong("amount_paise"),
                RecordStatus.valueOf(rs.getString("status")),
                rs.getString("provider_refund_id"),
                instant(rs, "initiated_at"),
                instant(rs, "settled_at"));
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
