package com.trustpay.payment.refund.domain;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One refund.
 *
 * @param n the escrow's refund number, from RefundPayment (escrow-service's: 1, then one more per refund started or
 *     retried; ADR 0013); excess refunds are numbered on their own
 * @param reference ours, per (escrow, n): Setu's {@code referenceId}
 */
public record Refund(
        UUID id,
        UUID escrowId,
        int n,
        String reference,
        long amountPaise,
        String reason,
        String providerPaymentId,
        String providerPaymentTxnId,
        RefundStatus status,
        int createTries,
        String providerRefundId,
        Instant createdAt) {

    public static String referenceFor(UUID escrowId, int n) {
        return "RF" + HexFormat.of().toHexDigits(escrowId.getMostSignificantBits()) + "-" + n;
    }

    /**
     * The reference of a refund that gives back money which was not the escrow's to hold (ADR 0012): {@code RX}
     * instead of {@code RF}, same numbering, so it is told apart wherever only the reference is at hand.
     */
    public static String excessReferenceFor(UUID escrowId, int n) {
        return "RX" + HexFormat.of().toHexDigits(escrowId.getMostSignificantBits()) + "-" + n;
    }

    /** Whether this refund gives back excess money rather than refunding the escrow. */
    public boolean excess() {
        return reference.startsWith("RX");
    }

    public static Refund create(
            UUID escrowId, int n, long amountPaise, String reason, String paymentId, String txnId, Instant now) {
        return new Refund(
                UUID.randomUUID(),
                escrowId,
                n,
                referenceFor(escrowId, n),
                amountPaise,
                reason,
                paymentId,
                txnId,
                RefundStatus.CREATING,
                0,
                null,
                now);
    }
}
