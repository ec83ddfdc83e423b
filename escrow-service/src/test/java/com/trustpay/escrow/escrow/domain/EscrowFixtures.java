package com.trustpay.escrow.escrow.domain;

import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Escrows in every status, built through the aggregate's own methods (the "given" of the tests). */
final class EscrowFixtures {

    static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");
    static final Duration CODE_TTL = Duration.ofDays(7);
    static final long AMOUNT = 250_000;
    static final Party PAYER = new Party(UUID.randomUUID(), "Asha", "asha@okaxis");
    static final Party PAYEE = new Party(UUID.randomUUID(), "Ravi", "ravi@ybl");
    static final Actor AS_PAYER = Actor.user(PAYER.userId());
    static final Actor AS_PAYEE = Actor.user(PAYEE.userId());
    static final Actor AS_ADMIN = Actor.admin(UUID.randomUUID());
    static final Actor STRANGER = Actor.user(UUID.randomUUID());

    private EscrowFixtures() {}

    static Escrow awaitingPartner() {
        EscrowTerms terms = new EscrowTerms("Used bicycle", null, AMOUNT, PaymentMode.INTENT);
        return Escrow.open(UUID.randomUUID(), terms, PartyRole.PAYER, PAYER, "K7Q3MX", "Amber Falcon", NOW, CODE_TTL)
                .escrow();
    }

    static Escrow paymentPending() {
        Escrow escrow = awaitingPartner();
        escrow.join(PAYEE, NOW);
        return escrow;
    }

    static Escrow paymentFailed() {
        Escrow escrow = paymentPending();
        escrow.paymentLapsed(1, PaymentStatus.EXPIRED, "expired", NOW);
        return escrow;
    }

    static Escrow held() {
        Escrow escrow = paymentPending();
        escrow.paymentSucceeded(receipt(1, AMOUNT), NOW);
        return escrow;
    }

    static Escrow releasing() {
        Escrow escrow = held();
        escrow.confirm(AS_PAYER);
        escrow.confirm(AS_PAYEE);
        return escrow;
    }

    static Escrow released() {
        Escrow escrow = releasing();
        escrow.payoutSucceeded("po_1", "utr_po_1", AMOUNT, NOW, NOW);
        return escrow;
    }

    static Escrow payoutReversed() {
        return inStatus(EscrowStatus.PAYOUT_REVERSED);
    }

    static Escrow refunding() {
        Escrow escrow = held();
        escrow.cancel(AS_PAYEE, "deal off");
        return escrow;
    }

    static Escrow inStatus(EscrowStatus status) {
        return switch (status) {
            case AWAITING_PARTNER -> awaitingPartner();
            case AWAITING_PAYMENT -> awaitingPayment();
            case PAYMENT_PENDING -> paymentPending();
            case PAYMENT_FAILED -> paymentFailed();
            case HELD -> held();
            case RELEASING -> releasing();
            case RELEASED -> released();
            case PAYOUT_REVERSED ->
                after(released(), e -> e.payoutReversed("po_1", AMOUNT, "reversed by the bank", NOW));
            case RELEASE_FAILED -> after(releasing(), e -> e.payoutFailed(1, "bank down", NOW));
            case REFUNDING -> refunding();
            case REFUNDED -> after(refunding(), e -> e.refundSucceeded("rf_1", AMOUNT, NOW, NOW));
            case REFUND_FAILED -> after(refunding(), e -> e.refundFailed("rf_1", AMOUNT, "R21: refund disabled", NOW));
            case DISPUTED -> after(held(), e -> e.dispute(AS_PAYER, "not as described"));
            case CANCELLED -> after(awaitingPartner(), e -> e.cancel(AS_PAYER, "changed my mind"));
            case EXPIRED -> after(awaitingPartner(), e -> e.expireCode(NOW.plus(CODE_TTL)));
        };
    }

    /** AWAITING_PAYMENT only lasts inside the join transaction, so it is restored rather than reached. */
    private static Escrow awaitingPayment() {
        EscrowSnapshot s = paymentPending().snapshot();
        return Escrow.restore(new EscrowSnapshot(
                s.id(),
                s.code(),
                s.codeExpiresAt(),
                s.codeActive(),
                s.name(),
                s.terms(),
                s.creatorRole(),
                s.payer(),
                s.payee(),
                EscrowStatus.AWAITING_PAYMENT,
                Payment.none(),
                false,
                false,
                s.payout(),
                s.refundRound(),
                null,
                null,
                null,
                null,
                s.createdAt(),
                s.version(),
                null,
                s.inspection(),
                List.of()));
    }

    private static Escrow after(Escrow escrow, java.util.function.Consumer<Escrow> step) {
        step.accept(escrow);
        return escrow;
    }

    /** Two milestones of {@link #AMOUNT}: ₹1,500 and ₹1,000 (ADR 0021). */
    static List<Milestone> planned() {
        return Milestone.plan(
                List.of(new Milestone.Proposed("Frame", 150_000L), new Milestone.Proposed("Wheels", 100_000L)),
                AMOUNT,
                PaymentMode.INTENT);
    }

    /** An escrow of {@link #AMOUNT} in the two {@link #planned} milestones, paid and held, nothing confirmed. */
    static Escrow heldInMilestones() {
        EscrowTerms terms = new EscrowTerms("Used bicycle", null, AMOUNT, PaymentMode.INTENT);
        Escrow escrow = Escrow.open(
                        UUID.randomUUID(),
                        terms,
                        PartyRole.PAYER,
                        PAYER,
                        "M1L3ST",
                        "Amber Falcon",
                        NOW,
                        CODE_TTL,
                        planned())
                .escrow();
        escrow.join(PAYEE, NOW);
        escrow.paymentSucceeded(receipt(1, AMOUNT), NOW);
        return escrow;
    }

    /** Both parties confirm milestone {@code number}, which starts its payout. */
    static void confirmBoth(Escrow escrow, int number) {
        escrow.confirmMilestone(AS_PAYER, number);
        escrow.confirmMilestone(AS_PAYEE, number);
    }

    static PaymentReceipt receipt(int attempt, long amountPaise) {
        return new PaymentReceipt(
                attempt, "pay_ref_" + attempt, amountPaise, "setu_" + attempt, "rrn" + attempt, "asha@okaxis", NOW);
    }
}
