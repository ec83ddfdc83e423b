package com.trustpay.reconciliation.reconciliation.persistence;

import com.trustpay.reconciliation.reconciliation.domain.ProviderMatcher;
import java.sql.Array;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which of the providers' listed ids and references our projection of payment-service's records knows. */
public class KnownIdsRepository {

    private final JdbcTemplate jdbc;

    public KnownIdsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ProviderMatcher.Known lookup(
            Collection<String> payoutIds,
            Collection<String> paymentIds,
            Collection<String> payoutReferences,
            Collection<String> paymentReferences) {
        Set<String> payouts = new HashSet<>(
                strings("SELECT provider_payout_id FROM payout_record WHERE provider_payout_id = ANY (?)", payoutIds));
        Set<String> payments = new HashSet<>(strings(
                "SELECT provider_payment_id FROM payment_record WHERE provider_payment_id = ANY (?)", paymentIds));
        return new ProviderMatcher.Known(
                payouts,
                payments,
                escrows("SELECT reference, escrow_id FROM payout_record WHERE reference = ANY (?)", payoutReferences),
                escrows(
                        "SELECT reference, escrow_id FROM payment_record WHERE reference = ANY (?)",
                        paymentReferences));
    }

    private java.util.List<String> strings(String sql, Collection<String> values) {
        if (values.isEmpty()) {
            return java.util.List.of();
        }
        Array array = array(values);
        return jdbc.queryForList(sql, String.class, array);
    }

    private Map<String, UUID> escrows(String sql, Collection<String> references) {
        Map<String, UUID> out = new HashMap<>();
        if (references.isEmpty()) {
            return out;
        }
        jdbc.query(
                sql,
                rs -> {
                    out.put(rs.getString(1), rs.getObject(2, UUID.class));
                },
                array(references));
        return out;
    }

    private Array array(Collection<String> values) {
        return jdbc.execute((ConnectionCallback<Array>) c -> c.createArrayOf("text", values.toArray()));
    }
}
