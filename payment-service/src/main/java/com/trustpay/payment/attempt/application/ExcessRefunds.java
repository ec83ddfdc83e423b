package com.trustpay.payment.attempt.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How settlement gives back money that is not the escrow's to hold (ADR 0012); implemented by the refund feature,
 * so that the attempt feature does not depend on it.
 */
public interface ExcessRefunds {

    /** Whether the money of {@code providerPaymentId} is already being given back. */
    boolean beingReturned(String providerPaymentId);

    /**
     * Records, in the caller's transaction, the refund of {@code amountPaise} of {@code providerPaymentId} (its key
     * and pending ledger transfer out of EXCESS committed before any provider call).
     *
     * @return the refund's reference; empty if this payment's refund was recorded before
     */
    Optional<String> record(
            UUID escrowId,
            String providerPaymentId,
            String providerTxnId,
            long amountPaise,
            String reason,
            Instant now);

    /** Sends a refund recorded by {@link #record}, after its transaction committed. */
    void send(String refundReference);
}
