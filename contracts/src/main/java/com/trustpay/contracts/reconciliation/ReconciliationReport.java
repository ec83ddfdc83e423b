package com.trustpay.contracts.reconciliation;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outcome of comparing our records with the provider's over a time range.
 *
 * <p>Emitted by reconciliation-service after each run. Topic {@code reconciliation.reports}, key: report id, which is
 * the run's id, so every message of one run lands on one partition in order. A large report is split into
 * {@code parts} messages of the same report id, each with the full counts and a page of the mismatches, so that no
 * message nears Kafka's 1 MB default.
 *
 * @param counts named totals, e.g. {@code paymentsMatched}, {@code payoutsMatched}, {@code mismatches}; from
 *     reconciliation-service: one count per mismatch kind, {@code escrowsChecked}, {@code mismatches},
 *     {@code newMismatches}, {@code reopenedMismatches}
 * @param trigger why the run ran: {@code MANUAL}, {@code ROLLING} or {@code DAILY} (absent from older producers)
 * @param part which message of the report this is, from 1 (absent: the report is one message)
 * @param parts how many messages carry the report (absent: one)
 */
public record ReconciliationReport(
        UUID reportId,
        Instant from,
        Instant to,
        Instant generatedAt,
        Map<String, Long> counts,
        List<Mismatch> mismatches,
        String trigger,
        Integer part,
        Integer parts)
        implements Message {

    /** A report in one message, as the first version of the contract had it. */
    public ReconciliationReport(
            UUID reportId,
            Instant from,
            Instant to,
            Instant generatedAt,
            Map<String, Long> counts,
            List<Mismatch> mismatches) {
        this(reportId, from, to, generatedAt, counts, mismatches, null, null, null);
    }

    /**
     * One disagreement between us and the provider.
     *
     * @param kind e.g. {@code AMOUNT_MISMATCH}, {@code MISSING_AT_PROVIDER}, {@code STUCK_PENDING}
     * @param ourAmountPaise in reconciliation-service's two-way comparison: escrow-service's amount (0 when it names
     *     none)
     * @param providerAmountPaise {@code null} when the provider has no record; in the two-way comparison
     *     payment-service's record of the provider's amount
     * @param mismatchId the kept mismatch: the same id each time a run finds it again
     * @param severity {@code WARNING} or {@code CRITICAL}
     * @param providerIds the provider's ids of what is concerned, e.g. {@code setuPaymentId}, {@code rrn},
     *     {@code razorpayxPayoutId}, {@code utr}, {@code setuRefundId}
     * @param firstSeen when a run first found it
     * @param lastSeen when a run last found it
     * @param status {@code OPEN}, {@code ACKNOWLEDGED} or {@code RESOLVED}
     */
    public record Mismatch(
            String kind,
            UUID escrowId,
            String reference,
            long ourAmountPaise,
            Long providerAmountPaise,
            String ourStatus,
            String providerStatus,
            String detail,
            UUID mismatchId,
            String severity,
            Map<String, String> providerIds,
            Instant firstSeen,
            Instant lastSeen,
            String status) {

        /** A mismatch as the first version of the contract had it. */
        public Mismatch(
                String kind,
                UUID escrowId,
                String reference,
                long ourAmountPaise,
                Long providerAmountPaise,
                String ourStatus,
                String providerStatus,
                String detail) {
            this(
                    kind,
                    escrowId,
                    reference,
                    ourAmountPaise,
                    providerAmountPaise,
                    ourStatus,
                    providerStatus,
                    detail,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }

    @Override
    public UUID escrowId() {
        return null;
    }

    @Override
    public String key() {
        return reportId.toString();
    }
}
