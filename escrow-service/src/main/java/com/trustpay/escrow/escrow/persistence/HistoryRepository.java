package com.trustpay.escrow.escrow.persistence;

import com.trustpay.escrow.escrow.domain.Decision;
import com.trustpay.escrow.escrow.domain.EscrowStatus;
import com.trustpay.escrow.escrow.domain.TimelineEntry;
import com.trustpay.escrow.escrow.domain.TimelineFacts;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The timeline of escrows: one row per event, in the order they happened. */
public class HistoryRepository {

    private final JdbcClient jdbc;

    public HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(UUID escrowId, TimelineEntry entry) {
        TimelineFacts facts = entry.facts();
        jdbc.sql("INSERT INTO escrow_history (escrow_id, type, from_status, to_status, actor_id, amount_paise,"
                        + " payment_rrn, payout_utr, refund_reference, note, outcome, detail, occurred_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        escrowId,
                        entry.kind(),
                        entry.fromStatus() == null ? null : entry.fromStatus().name(),
                        entry.toStatus().name(),
                        entry.actorId(),
                        facts.amountPaise(),
                        facts.paymentRrn(),
                        facts.payoutUtr(),
                        facts.refundReference(),
                        facts.note(),
                        facts.outcome() == null ? null : facts.outcome().name(),
                        facts.detail(),
                        Timestamp.from(entry.at()))
                .update();
    }

    public List<TimelineEntry> of(UUID escrowId) {
        return jdbc.sql("SELECT type, from_status, to_status, actor_id, amount_paise, payment_rrn, payout_utr,"
                        + " refund_reference, note, outcome, detail, occurred_at FROM escrow_history"
                        + " WHERE escrow_id = ? ORDER BY id")
                .param(escrowId)
                .query((rs, i) -> new TimelineEntry(
                        rs.getString("type"),
                        rs.getString("from_status") == null ? null : EscrowStatus.valueOf(rs.getString("from_status")),
                        EscrowStatus.valueOf(rs.getString("to_status")),
                        rs.getObject("actor_id", UUID.class),
                        new TimelineFacts(
                                rs.getObject("amount_paise", Long.class),
                                rs.getString("payment_rrn"),
                                rs.getString("payout_utr"),
                                rs.getString("refund_reference"),
                                rs.getString("note"),
                                rs.getString("outcome") == null
                                        ? null
                                        : Decision.Outcome.valueOf(rs.getString("outcome")),
                                rs.getString("detail")),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }
}
