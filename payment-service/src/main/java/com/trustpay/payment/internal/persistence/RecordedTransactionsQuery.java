package com.trustpay.payment.internal.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Our attempts, payouts and refunds of a time range with each provider id kept apart (not coalesced as in
 * {@link TransactionsQuery}), so that each can be read back from the provider by the id it answers to.
 */
public class RecordedTransactionsQuery {

    /**
     * One recorded transaction.
     *
     * @param kind {@code PAYMENT}, {@code PAYOUT} or {@code REFUND}
     * @param mode {@code INTENT} or {@code COLLECT} for a payment, else {@code null}
     * @param instanceId the Setu product instance (payments only)
     * @param providerId Setu payment id, RazorpayX payout id or Setu refund id; {@code null} if none was recorded
     * @param provider the collection provider of a payment ({@code setu}, {@code phonepe}); that of its payment for a
     *     refund, {@code razorpayx} for a payout
     */
    public record Recorded(
            String kind,
            UUID escrowId,
            String reference,
            String status,
            long amountPaise,
            String mode,
            String instanceId,
            String providerId,
            String rrn,
            Instant createdAt,
            String provider) {}

    private static final String SQL = """
            SELECT 'PAYMENT' AS kind, escrow_id, reference, status, amount_paise, mode,
                   provider_instance_id AS instance_id, provider_payment_id AS provider_id, rrn,
                   created_at, provider
              FROM payment_attempt WHERE created_at >= ? AND created_at < ?
            UNION ALL
            SELECT 'PAYOUT', escrow_id, reference, status, amount_paise, NULL, NULL, provider_payout_id, NULL,
                   created_at, 'razorpayx'
              FROM payout WHERE created_at >= ? AND created_at < ?
            UNION ALL
            SELECT 'REFUND', escrow_id, reference, status, amount_paise, NULL, NULL, provider_refund_id, NULL,
                   created_at, COALESCE((SELECT a.provider FROM payment_attempt a
                                          WHERE a.provider_payment_id = refund.provider_payment_id LIMIT 1), 'setu')
              FROM refund WHERE created_at >= ? AND created_at < ?
            ORDER BY created_at, reference
            """;

    private final JdbcTemplate jdbc;

    public RecordedTransactionsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Recorded> between(Instant from, Instant to) {
        Timestamp f = Timestamp.from(from);
        Timestamp t = Timestamp.from(to);
        return jdbc.query(SQL, RecordedTransactionsQuery::map, f, t, f, t, f, t);
    }

    private static Recorded map(ResultSet rs, int i) throws SQLException {
        return new Recorded(
                rs.getString("kind"),
                rs.getObject("escrow_id", UUID.class),
                rs.getString("reference"),
                rs.getString("status"),
                rs.getLong("amount_paise"),
                rs.getString("mode"),
                rs.getString("instance_id"),
                rs.getString("provider_id"),
                rs.getString("rrn"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("provider"));
    }
}
