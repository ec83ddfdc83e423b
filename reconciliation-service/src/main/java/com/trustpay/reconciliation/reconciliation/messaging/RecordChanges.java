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
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.platform.messaging.Incoming;
import com.trustpay.reconciliation.reconciliation.domain.RecordChange;
import com.trustpay.reconciliation.reconciliation.domain.RecordStatus;
import java.time.Instant;
import java.util.Optional;

/** What each payment or payout event says about payment-service's side, with every provider id it carries. */
final class RecordChanges {

    private RecordChanges() {}

    static Optional<RecordChange> of(Incoming incoming) {
        Instant at = incoming.envelope().occurredAt().toInstant();
        return Optional.ofNullable(
                switch (incoming.payload()) {
                    case PaymentRequested e ->
                        new RecordChange(
                                PAYMENT,
                                e.paymentReference(),
                                e.escrowId(),
                                e.attempt(),
                                e.amountPaise(),
                                null,
                                RecordStatus.PENDING,
                                null,
                                null,
                                null,
                                at,
                                e.expiresAt(),
                                null,
                                at);
                    case PaymentSucceeded e ->
                        new RecordChange(
                                PAYMENT,
                                e.paymentReference(),
                                e.escrowId(),
                                e.attempt(),
                                null,
                                e.amountPaise(),
                                RecordStatus.SUCCEEDED,
                                e.providerPaymentId(),
                                e.rrn(),
                                null,
                                null,
                                null,
                                or(e.paidAt(), at),
                                at);
                    case PaymentFailed e ->
                        new RecordChange(
                                PAYMENT,
                                e.paymentReference(),
                                e.escrowId(),
                                e.attempt(),
                                null,
                                null,
                                RecordStatus.FAILED,
                                null,
                                null,
                                failure(e.reasonCode(), e.reason()),
                                null,
                                null,
                                or(e.failedAt(), at),
                                at);
                    case PaymentExpired e ->
                        new RecordChange(
                                PAYMENT,
                                e.paymentReference(),
                                e.escrowId(),
                                e.attempt(),
                                null,
                                null,
                                RecordStatus.EXPIRED,
                                null,
                                null,
                                "expired",
                                null,
                                null,
                                or(e.expiredAt(), at),
                                at);
                    case RefundInitiated e ->
                        new RecordChange(
                                REFUND,
                                e.refundReference(),
                                e.escrowId(),
                                null,
                                e.amountPaise(),
                                null,
                                RecordStatus.PENDING,
                                null,
                                null,
                                null,
                                or(e.initiatedAt(), at),
                                null,
                                null,
                                at);
                    case RefundSucceeded e ->
                        new RecordChange(
                                REFUND,
                                e.refundReference(),
                                e.escrowId(),
                                null,
                                e.amountPaise(),
                                null,
                                RecordStatus.SUCCEEDED,
                                e.providerRefundId(),
                                null,
                                null,
                                null,
                                null,
                                or(e.completedAt(), at),
                                at);
                    case RefundFailed e ->
                        new RecordChange(
                                REFUND,
                                e.refundReference(),
                                e.escrowId(),
                                null,
                                e.amountPaise(),
                                null,
                                RecordStatus.FAILED,
                                null,
                                null,
                                failure(e.reasonCode(), e.reason()),
                                null,
                                null,
                                or(e.failedAt(), at),
                                at);
                    case PayoutInitiated e ->
                        new RecordChange(
                                PAYOUT,
                                e.payoutReference(),
                                e.escrowId(),
                                e.attempt(),
                                e.amountPaise(),
                                null,
                                RecordStatus.PENDING,
                                null,
                                null,
                                null,
                                or(e.initiatedAt(), at),
                                null,
                                null,
                                at);
                    // A payout reference is one attempt (and its idempotency key): a retry means this attempt
                    // failed and the next one comes with a reference of its own.
                    case PayoutRetryScheduled e ->
                        new RecordChange(
                                PAYOUT,
                                e.payoutReference(),
                                e.escrowId(),
                                null,
                                null,
                                null,
                                RecordStatus.FAILED,
                                null,
                                null,
                                e.reason(),
                                null,
                                null,
                                at,
                                at);
                    case PayoutSucceeded e ->
                        new RecordChange(
                                PAYOUT,
                                e.payoutReference(),
                                e.escrowId(),
                                null,
                                e.amountPaise(),
                                null,
                                RecordStatus.SUCCEEDED,
                                e.providerPayoutId(),
                                e.utr(),
                                null,
                                null,
                                null,
                                or(e.completedAt(), at),
                                at);
                    case PayoutFailed e ->
                        new RecordChange(
                                PAYOUT,
                                e.payoutReference(),
                                e.escrowId(),
                                null,
                                null,
                                null,
                                RecordStatus.FAILED,
                                null,
                                null,
                                failure(e.reasonCode(), e.reason()),
                                null,
                                null,
                                or(e.failedAt(), at),
                                at);
                    default -> null;
                });
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
