package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What one payment or payout event changes in payment-service's side: one payment attempt, payout or refund,
 * identified by its reference; {@code null} fields stay as they were. A later outcome never goes back to PENDING, and
 * a success outranks an earlier failure (a late payment).
 *
 * @param amountPaise the requested (payment) or initiated (payout, refund) amount
 * @param settledPaise what the provider collected (payments only)
 * @param providerId Setu's payment id, RazorpayX's payout id or Setu's refund id
 * @param bankReference the RRN of a payment or the UTR of a payout
 * @param startedAt when it was requested or initiated
 * @param expiresAt the end of a payment request's validity
 * @param milestone the escrow's milestone a payout pays ({@code null}: the escrow as one, or not a payout)
 */
public record RecordChange(
        Type type,
        String reference,
        UUID escrowId,
        Integer attempt,
        Long amountPaise,
        Long settledPaise,
        RecordStatus status,
        String providerId,
        String bankReference,
        String failure,
        Instant startedAt,
        Instant expiresAt,
        Instant settledAt,
        Instant at,
        Integer milestone) {

    /** Which kind of record. */
    public enum Type {
        PAYMENT,
        PAYOUT,
        REFUND
    }
}
