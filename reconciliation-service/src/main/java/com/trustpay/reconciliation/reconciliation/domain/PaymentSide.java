package com.trustpay.reconciliation.reconciliation.domain;

import java.util.List;
import java.util.Set;

/**
 * What payment-service recorded about one escrow.
 *
 * @param flags what payment-service reported only as an admin alert: {@code PAYOUT_REVERSED}, {@code DOUBLE_PAYOUT}
 */
public record PaymentSide(
        List<PaymentRecord> payments, List<PayoutRecord> payouts, List<RefundRecord> refunds, Set<String> flags) {

    public static final PaymentSide NOTHING = new PaymentSide(List.of(), List.of(), List.of(), Set.of());

    public PaymentSide {
        payments = List.copyOf(payments);
        payouts = List.copyOf(payouts);
        refunds = List.copyOf(refunds);
        flags = Set.copyOf(flags);
    }

    public boolean isEmpty() {
        return payments.isEmpty() && payouts.isEmpty() && refunds.isEmpty() && flags.isEmpty();
    }

    public long collectedPaise() {
        return payments.stream()
                .filter(p -> p.status() == RecordStatus.SUCCEEDED && p.paidPaise() != null)
                .mapToLong(PaymentRecord::paidPaise)
                .sum();
    }

    public long refundedPaise() {
        return refunds.stream()
                .filter(r -> r.status() == RecordStatus.SUCCEEDED)
                .mapToLong(RefundRecord::amountPaise)
                .sum();
    }

    public List<PaymentRecord> succeededPayments() {
        return payments.stream()
                .filter(p -> p.status() == RecordStatus.SUCCEEDED)
                .toList();
    }

    public List<PayoutRecord> payoutsIn(RecordStatus status) {
        return payouts.stream().filter(p -> p.status() == status).toList();
    }

    public List<RefundRecord> succeededRefunds() {
        return refunds.stream()
                .filter(r -> r.status() == RecordStatus.SUCCEEDED)
                .toList();
    }
}
