package com.trustpay.payment.refund.application;

import com.trustpay.payment.attempt.persistence.AttemptRepository.Collected;
import com.trustpay.payment.provider.domain.UpiCollections;
import java.util.Optional;
import java.util.UUID;

/** The collected payments refunds give back, and the collection provider each was paid through. */
public interface RefundPayments {

    /** The payment collected for the escrow, if any. */
    Optional<Collected> collected(UUID escrowId);

    /** The name of the provider {@code providerPaymentId} was paid through ({@code setu} for older payments). */
    String providerOf(String providerPaymentId);

    /** The provider's API for {@code providerPaymentId}'s refunds. */
    UpiCollections collections(String providerPaymentId);
}
