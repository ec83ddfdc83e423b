package com.trustpay.payment.internal.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads attempts, payouts and refunds created in a time range, with the provider's view as last read. */
public class TransactionsQuery {

    /** One row of the reconciliation view. */
    public record Row(
            String kind,
            UUID escrowId,
            String reference,
            String ourStatus,
            long ourAmountPaise,
            String providerId,
            String providerStatus,
            Long providerAmountPaise,
            String lastError,
            Instant createdAt,
            Instant updatedAt) {}

    private static final String SQL = """
            SELECT 'PAYMENT' AS kind, escrow_id, reference, status, amount_paise,
                   COALESCE(provider_payment_id, provider_instance_id) AS provider_id,
                   COALESCE(provider_payment_status, provider_status) AS provider_status,
                   provider_amount_paise, last_error, created_at, updated_at
              FROM payment_attempt WHERE created_at >= ? AND created_at < ?
            UNION ALL
            SELECT 'PAYOUT', escrow_id, reference, status, amount_paise, provider_payout_id, provider_status,
                   provider_amount_paise, last_error, created_at, updated_at
              FROM payout WHERE created_at >= ? AND created_at < ?
            UNION ALL
            SELECT 'REFUND', escrow_id, reference, status, amount_paise, provider_refund_id, provider_status,
                   provider_amount_paise, last_error, created_at, updated_at
              FROM refund WHERE created_at >= ? AND created_at < ?
            ORDER BY created_at, reference
            """;

    private final JdbcTemplate jdbc;

    public TransactionsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> between(Instant from, Instant to) {
        Timestamp f = Timestamp.from(from);
        Timestamp t = Timestamp.from(to);
        return jdbc.query(SQL, TransactionsQuery::map, f, t, f, t, f, t);
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        long providerAmount = rs.getLong("provider_amount_paise");
        return new Row(
                rs.getString("kind"),
                rs.getObject("escrow_id", UUID.class),
                rs.getString("reference"),
                rs.getString("status"),
                rs.getLong("amount_paise"),
                rs.getString("provider_id"),
                rs.getString("provider_status"),
                rs.wasNull() ? null : providerAmount,
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
