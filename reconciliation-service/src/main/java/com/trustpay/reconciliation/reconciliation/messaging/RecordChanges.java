package com.trustpay.reconciliation.reconciliation.messaging;

import static com.trustpay.reconciliation.reconciliation.domain.RecordChange.Type.PAYMENT;
import static com.trustpay.reconciliation.reconciliation.domain.RecordChange.Type.PAYOUT;
import static com.trustpay.reconciliation.reconciliation.domain.RecordChange.Type.REFUND;

import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundInitiated;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutReversed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.platform.messaging.Incoming;
import com.trustpay.reconciliation.reconciliation.domain.RecordChange;
import com.trustpay.reconciliation.reconciliation.domain.RecordStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What each payment or payout event says about payment-service's side, with every provider id it carries. */
final class RecordChanges {

    private RecordChanges() {}

    static Optional<RecordChange> of(Incoming incoming) {
        Instant at = incoming.envelope().occurredAt().toInstant();
        return Optional.ofNullable(
                switch (incoming.payload()) {
                    case PaymentRequested e ->
                        on(PAYMENT, e.paymentReference(), e.escrowId(), at)
                                .started(e.attempt(), e.amountPaise(), at, e.expiresAt());
                    case PaymentSucceeded e ->
                        on(PAYMENT, e.paymentReference(), e.escrowId(), at)
                                .succeeded(
                                        e.attempt(), null, e.amountPaise(), e.providerPaymentId(), e.rrn(), e.paidAt());
                    case PaymentFailed e ->
                        on(PAYMENT, e.paymentReference(), e.escrowId(), at)
                                .ended(
                                        e.attempt(),
                                        null,
                                        RecordStatus.FAILED,
                                        failure(e.reasonCode(), e.reason()),
                                        e.failedAt());
                    case PaymentExpired e ->
                        on(PAYMENT, e.paymentReference(), e.escrowId(), at)
                                .ended(e.attempt(), null, RecordStatus.EXPIRED, "expired", e.expiredAt());
                    case RefundInitiated e ->
                        on(REFUND, e.refundReference(), e.escrowId(), at)
                                .started(null, e.amountPaise(), or(e.initiatedAt(), at), null);
                    case RefundSucceeded e ->
                        on(REFUND, e.refundReference(), e.escrowId(), at)
                                .succeeded(null, e.amountPaise(), null, e.providerRefundId(), null, e.completedAt());
                    case RefundFailed e ->
                        on(REFUND, e.refundReference(), e.escrowId(), at)
                                .ended(
                                        null,
                                        e.amountPaise(),
                                        RecordStatus.FAILED,
                                        failure(e.reasonCode(), e.reason()),
                                        e.failedAt());
                    case PayoutInitiated e ->
                        payout(e.payoutReference(), e.escrowId(), at, e.milestone())
                                .started(e.attempt(), e.amountPaise(), or(e.initiatedAt(), at), null);
                    // A payout reference is one attempt (and its idempotency key): a retry means this attempt
                    // failed and the next one comes with a reference of its own.
                    case PayoutRetryScheduled e ->
                        payout(e.payoutReference(), e.escrowId(), at, e.milestone())
                                .ended(null, null, RecordStatus.FAILED, e.reason(), at);
                    case PayoutSucceeded e ->
                        payout(e.payoutReference(), e.escrowId(), at, e.milestone())
                                .succeeded(null, e.amountPaise(), null, e.providerPayoutId(), e.utr(), e.completedAt());
                    case PayoutFailed e ->
                        payout(e.payoutReference(), e.escrowId(), at, e.milestone())
                                .ended(
                                        null,
                                        null,
                                        RecordStatus.FAILED,
                                        failure(e.reasonCode(), e.reason()),
                                        e.failedAt());
                    // The bank returned a payout that had succeeded: final, whatever else arrives for it later.
                    case PayoutReversed e ->
                        payout(e.payoutReference(), e.escrowId(), at, e.milestone())
                                .ended(null, e.amountPaise(), RecordStatus.REVERSED, e.reason(), e.reversedAt());
                    default -> null;
                });
    }

    private static On on(RecordChange.Type type, String reference, UUID escrowId, Instant at) {
        return new On(type, reference, escrowId, at, null);
    }

    /** A payout, which also names the milestone it pays (null: the escrow as one). */
    private static On payout(String reference, UUID escrowId, Instant at, Integer milestone) {
        return new On(PAYOUT, reference, escrowId, at, milestone);
    }

    /** One record's identity and the event's time; each method is one kind of change to it. */
    private record On(RecordChange.Type type, String reference, UUID escrowId, Instant at, Integer milestone) {

        RecordChange started(Integer attempt, Long amountPaise, Instant startedAt, Instant expiresAt) {
            return new RecordChange(
                    type,
                    reference,
                    escrowId,
                    attempt,
                    amountPaise,
                    null,
                    RecordStatus.PENDING,
                    null,
                    null,
                    null,
                    startedAt,
                    expiresAt,
                    null,
                    at,
                    milestone);
        }

        RecordChange succeeded(
                Integer attempt,
                Long amountPaise,
                Long settledPaise,
                String providerId,
                String bankReference,
                Instant settledAt) {
            return new RecordChange(
                    type,
                    reference,
                    escrowId,
                    attempt,
                    amountPaise,
                    settledPaise,
                    RecordStatus.SUCCEEDED,
                    providerId,
                    bankReference,
                    null,
                    null,
                    null,
                    or(settledAt, at),
                    at,
                    milestone);
        }

        RecordChange ended(Integer attempt, Long amountPaise, RecordStatus status, String failure, Instant endedAt) {
            return new RecordChange(
                    type,
                    reference,
                    escrowId,
                    attempt,
                    amountPaise,
                    null,
                    status,
                    null,
                    null,
                    failure,
                    null,
                    null,
                    or(endedAt, at),
                    at,
                    milestone);
        }
    }

    private static Instant or(Instant reported, Instant fallback) {
        return reported == null ? fallback : reported;
    }

    private static String failure(String code, String reason) {
        if (code == null) {
            return reason;
        }
        return reason == null ? code : code + ": " + reason;
    }
}
