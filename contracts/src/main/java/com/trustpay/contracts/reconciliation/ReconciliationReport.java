package com.trustpay.contracts.reconciliation;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outcome of comparing our records with the provider's over a time range.
 *
 * <p>Emitted by reconciliation-service after each run. Topic {@code reconciliation.reports}, key: report id.
 *
 * @param counts named totals, e.g. {@code paymentsMatched}, {@code payoutsMatched}, {@code mismatches}
 */
public record ReconciliationReport(
        UUID reportId,
        Instant from,
        Instant to,
        Instant generatedAt,
        Map<String, Long> counts,
        List<Mismatch> mismatches)
        implements Message {

    /**
     * One disagreement between us and the provider.
     *
     * @param kind e.g. {@code AMOUNT_MISMATCH}, {@code MISSING_AT_PROVIDER}, {@code STUCK_PAYMENT}
     * @param providerAmountPaise {@code null} when the provider has no record
     */
    public record Mismatch(
            String kind,
            UUID escrowId,
            String reference,
            long ourAmountPaise,
            Long providerAmountPaise,
            String ourStatus,
            String providerStatus,
            String detail) {}

    @Override
    public UUID escrowId() {
        return null;
    }

    @Override
    public String key() {
        return reportId.toString();
    }
}
