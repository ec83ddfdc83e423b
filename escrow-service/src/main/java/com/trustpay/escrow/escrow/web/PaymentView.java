package com.trustpay.escrow.escrow.web;

import com.trustpay.escrow.escrow.domain.Payment;
import com.trustpay.escrow.escrow.domain.PaymentOffer;
import com.trustpay.escrow.escrow.domain.PaymentStatus;
import com.trustpay.platform.upi.UpiDeclines;
import java.time.Instant;

/**
 * How the payer pays, or how it went: {@code status} PENDING, RECEIVED, FAILED or EXPIRED; for a pending
 * attempt the intent link and QR (INTENT) or the collect id (COLLECT) once payment-service created them. After a
 * failure or expiry, {@code failureReason} is what the bank or provider said (its code first) and
 * {@code failureMessage} what the payer can do about it, in plain words ({@link UpiDeclines}).
 */
record PaymentView(
        String status,
        int attempt,
        String intentLink,
        String shortLink,
        String qrPng,
        String collectId,
        Instant expiresAt,
        String failureReason,
        String failureMessage,
        String paymentReference,
        Instant paidAt) {

    /** The view of a requested payment, or {@code null} before the first request. */
    static PaymentView of(Payment payment) {
        if (payment.status() == PaymentStatus.NONE) {
            return null;
        }
        PaymentOffer offer = payment.status() == PaymentStatus.PENDING ? payment.offer() : null;
        return new PaymentView(
                payment.status().name(),
                payment.attempt(),
                offer == null ? null : offer.intentLink(),
                offer == null ? null : offer.shortLink(),
                offer == null ? null : offer.qrPngBase64(),
                offer == null ? null : offer.collectId(),
                payment.offer() == null ? null : payment.offer().expiresAt(),
                payment.failureReason(),
                UpiDeclines.explainStored(payment.failureReason()),
                payment.reference(),
                payment.completedAt());
    }
}
