package com.trustpay.escrow.escrow.domain;

import java.time.Instant;

/**
 * The payment side of an escrow: the current attempt and its offer, the attempt that was paid, and when.
 *
 * @param attempt the current attempt (0 before the first request)
 * @param offer how to pay the current attempt, once payment-service has created it
 * @param failureReason why the current attempt failed or expired
 * @param paidAttempt the attempt whose money arrived, or 0
 * @param paidAmountPaise how much arrived
 * @param initiatedAt when the first payment request was sent
 * @param completedAt when the money arrived
 */
public record Payment(
        int attempt,
        PaymentStatus status,
        PaymentOffer offer,
        String failureReason,
        int paidAttempt,
        long paidAmountPaise,
        String reference,
        String providerPaymentId,
        String rrn,
        Instant initiatedAt,
        Instant completedAt) {

    public static Payment none() {
        return new Payment(0, PaymentStatus.NONE, null, null, 0, 0, null, null, null, null, null);
    }

    Payment nextAttempt(Instant now) {
        return new Payment(
                attempt + 1,
                PaymentStatus.PENDING,
                null,
                null,
                paidAttempt,
                paidAmountPaise,
                reference,
                providerPaymentId,
                rrn,
                initiatedAt == null ? now : initiatedAt,
                completedAt);
    }

    Payment offered(PaymentOffer newOffer) {
        return new Payment(
                attempt,
                status,
                newOffer,
                failureReason,
                paidAttempt,
                paidAmountPaise,
                newOffer.reference(),
                providerPaymentId,
                rrn,
                initiatedAt,
                completedAt);
    }

    Payment lapsed(PaymentStatus outcome, String reason) {
        return new Payment(
                attempt,
                outcome,
                offer,
                reason,
                paidAttempt,
                paidAmountPaise,
                reference,
                providerPaymentId,
                rrn,
                initiatedAt,
                completedAt);
    }

    Payment received(PaymentReceipt receipt) {
        return new Payment(
                attempt,
                PaymentStatus.RECEIVED,
                offer,
                null,
                receipt.attempt(),
                receipt.amountPaise(),
                receipt.reference(),
                receipt.providerPaymentId(),
                receipt.rrn(),
                initiatedAt,
                receipt.paidAt());
    }

    public boolean received() {
        return paidAttempt > 0;
    }
}
