package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Builds both sides of one escrow the way the real events would leave them, step by step: {@code
 * Lifecycles.escrow(amount).paid().held().released()}. A test then breaks one thing.
 */
final class Lifecycles {

    static final Instant T0 = Instant.parse("2026-12-01T04:00:00Z");

    final UUID escrowId = UUID.randomUUID();
    long amount;
    EscrowPosition position = EscrowPosition.OPEN;
    Long held;
    String heldReference;
    Long released;
    String payoutReference;
    Long refunded;
    String refundReference;
    Instant heldAt;
    Instant releasedAt;
    Instant refundedAt;
    Instant clock = T0;
    final List<PaymentRecord> payments = new ArrayList<>();
    final List<PayoutRecord> payouts = new ArrayList<>();
    final List<RefundRecord> refunds = new ArrayList<>();
    final Set<String> flags = new HashSet<>();
    final List<EscrowSettlement> escrowReleases = new ArrayList<>();
    final List<EscrowSettlement> escrowRefunds = new ArrayList<>();
    boolean escrowKnown = true;

    private Lifecycles(long amount) {
        this.amount = amount;
    }

    static Lifecycles escrow(long amount) {
        return new Lifecycles(amount);
    }

    Lifecycles after(Duration d) {
        clock = clock.plus(d);
        return this;
    }

    Lifecycles requested(int attempt, Duration validity) {
        if (position == EscrowPosition.OPEN || position == EscrowPosition.PAYMENT_LAPSED) {
            position = EscrowPosition.PAYMENT_PENDING;
        }
        payments.add(new PaymentRecord(
                ref("pay", attempt),
                attempt,
                amount,
                null,
                RecordStatus.PENDING,
                null,
                null,
                clock,
                clock.plus(validity),
                null));
        return after(Duration.ofSeconds(5));
    }

    Lifecycles requested() {
        return requested(payments.size() + 1, Duration.ofMinutes(15));
    }

    Lifecycles paid(long collected) {
        PaymentRecord last = payments.isEmpty() ? null : payments.removeLast();
        if (last == null) {
            requested();
            last = payments.removeLast();
        }
        payments.add(new PaymentRecord(
                last.reference(),
                last.attempt(),
                last.requestedPaise(),
                collected,
                RecordStatus.SUCCEEDED,
                "setu_" + last.reference(),
                "rrn_" + last.reference(),
                last.requestedAt(),
                last.expiresAt(),
                clock));
        return after(Duration.ofSeconds(1));
    }

    Lifecycles paid() {
        return paid(amount);
    }

    Lifecycles lapsed(RecordStatus outcome) {
        PaymentRecord last = payments.removeLast();
        payments.add(new PaymentRecord(
                last.reference(),
                last.attempt(),
                last.requestedPaise(),
                null,
                outcome,
                null,
                null,
                last.requestedAt(),
                last.expiresAt(),
                clock));
        position = EscrowPosition.PAYMENT_LAPSED;
        return after(Duration.ofSeconds(1));
    }

    Lifecycles held() {
        PaymentRecord paid = payments.getLast();
        position = EscrowPosition.HELD;
        held = paid.paidPaise();
        heldReference = paid.reference();
        heldAt = clock;
        return after(Duration.ofSeconds(1));
    }

    /** escrow-service says HELD although payment-service recorded no success for the payment it names. */
    Lifecycles heldWithoutPayment() {
        position = EscrowPosition.HELD;
        held = amount;
        heldReference = payments.isEmpty() ? "pay-unknown" : payments.getLast().reference();
        heldAt = clock;
        return after(Duration.ofSeconds(1));
    }

    Lifecycles payoutInitiated() {
        return payoutInitiated(null, amount);
    }

    /** A payout of {@code payout} paise for the milestone ({@code null}: the escrow as one, or a split's part). */
    Lifecycles payoutInitiated(Integer milestone, long payout) {
        position = EscrowPosition.RELEASING;
        payouts.add(new PayoutRecord(
                ref("po", payouts.size() + 1), payout, RecordStatus.PENDING, null, null, clock, null, milestone));
        return after(Duration.ofSeconds(2));
    }

    Lifecycles payoutSucceeded(long paidOut) {
        PayoutRecord last = payouts.removeLast();
        payouts.add(new PayoutRecord(
                last.reference(),
                paidOut,
                RecordStatus.SUCCEEDED,
                "pout_" + last.reference(),
                "utr_" + last.reference(),
                last.initiatedAt(),
                clock,
                last.milestone()));
        return after(Duration.ofSeconds(1));
    }

    Lifecycles payoutFailed() {
        PayoutRecord last = payouts.removeLast();
        payouts.add(new PayoutRecord(
                last.reference(),
                last.amountPaise(),
                RecordStatus.FAILED,
                null,
                null,
                last.initiatedAt(),
                clock,
                last.milestone()));
        return after(Duration.ofSeconds(1));
    }

    Lifecycles released() {
        return released(amount);
    }

    /** escrow-service's {@code Released} of {@code paise}, naming the last payout and its milestone. */
    Lifecycles released(long paise) {
        position = EscrowPosition.RELEASED;
        released = paise;
        payoutReference = payouts.isEmpty() ? null : payouts.getLast().reference();
        releasedAt = clock;
        if (payoutReference != null) {
            escrowReleases.add(
                    new EscrowSettlement(payoutReference, payouts.getLast().milestone(), paise, clock));
        }
        return after(Duration.ofSeconds(1));
    }

    Lifecycles paidOut() {
        return payoutInitiated().payoutSucceeded(amount).released();
    }

    /** One milestone of {@code paise} paid out and released by escrow-service. */
    Lifecycles milestonePaidOut(int milestone, long paise) {
        return payoutInitiated(milestone, paise).payoutSucceeded(paise).released(paise);
    }

    /** The released part of an admin's split decision: a payout of the escrow as one for part of the amount. */
    Lifecycles splitPaidOut(long paise) {
        return payoutInitiated(null, paise).payoutSucceeded(paise).released(paise);
    }

    Lifecycles refundInitiated(long refund) {
        position = EscrowPosition.REFUNDING;
        refunds.add(new RefundRecord(ref("rf", refunds.size() + 1), refund, RecordStatus.PENDING, null, clock, null));
        return after(Duration.ofSeconds(2));
    }

    Lifecycles refundSucceeded() {
        RefundRecord last = refunds.removeLast();
        refunds.add(new RefundRecord(
                last.reference(),
                last.amountPaise(),
                RecordStatus.SUCCEEDED,
                "rfnd_" + last.reference(),
                last.initiatedAt(),
                clock));
        return after(Duration.ofSeconds(1));
    }

    Lifecycles refundedByEscrow() {
        position = EscrowPosition.REFUNDED;
        refunded = refunds.isEmpty() ? amount : refunds.getLast().amountPaise();
        refundReference = refunds.isEmpty() ? null : refunds.getLast().reference();
        refundedAt = clock;
        if (refundReference != null) {
            escrowRefunds.add(new EscrowSettlement(refundReference, null, refunded, clock));
        }
        return after(Duration.ofSeconds(1));
    }

    Lifecycles refunded() {
        return refundInitiated(amount).refundSucceeded().refundedByEscrow();
    }

    Lifecycles flagged(String flag) {
        flags.add(flag);
        return this;
    }

    Lifecycles escrowSaidNothing() {
        escrowKnown = false;
        return this;
    }

    ReconciliationCase build() {
        EscrowSide escrow = escrowKnown
                ? new EscrowSide(
                        escrowId,
                        amount,
                        position,
                        held,
                        heldReference,
                        released,
                        payoutReference,
                        refunded,
                        refundReference,
                        T0,
                        heldAt,
                        releasedAt,
                        refundedAt,
                        clock,
                        escrowReleases,
                        escrowRefunds)
                : null;
        return new ReconciliationCase(escrowId, escrow, new PaymentSide(payments, payouts, refunds, flags));
    }

    private String ref(String prefix, int n) {
        return prefix + "-" + escrowId.toString().substring(0, 8) + "-" + n;
    }
}
