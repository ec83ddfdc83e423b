package com.trustpay.escrow.escrow.web;

import com.trustpay.contracts.PartyRole;
import com.trustpay.escrow.escrow.domain.Actor;
import com.trustpay.escrow.escrow.domain.Decision;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowAction;
import com.trustpay.escrow.escrow.domain.EscrowSnapshot;
import com.trustpay.escrow.escrow.domain.Milestone;
import com.trustpay.escrow.escrow.domain.NextStep;
import com.trustpay.escrow.escrow.domain.Party;
import com.trustpay.escrow.shared.web.Caller;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An escrow as the API shows it (ARCHITECTURE §8), from the caller's point of view: {@code myRole}, the actions the
 * caller may take now ({@code allowedActions}, names of {@link EscrowAction}, from its table) and who must act next
 * in plain words ({@code nextStep}). The UI draws its buttons and its "what next" line from these two, and splits
 * lists into escrows in progress and {@code finished} ones (nothing is left to do on it) by the last. The inspection
 * period (ADR 0018): its length ({@code inspectionDays}), and once the payee marked the deal delivered, when
 * ({@code deliveredAt}) and when the payer's time ends ({@code inspectionEndsAt}); {@code autoReleasedAt} when the
 * money was released because that time ended with neither a confirmation nor a dispute. An escrow released in
 * milestones (ADR 0021) lists them ({@code milestones}, empty otherwise); {@code heldPaise} is what is still held (the
 * amount collected less the milestones paid); a split decision says both parts. {@code payout.utr} is the bank's
 * reference of the completed payout, for both parties to trace it.
 */
record EscrowResponse(
        UUID id,
        String code,
        String name,
        String title,
        String description,
        long amountPaise,
        String currency,
        String status,
        PartyView payer,
        PartyView payee,
        String paymentMode,
        PaymentView payment,
        Confirmations confirmations,
        Instant createdAt,
        Instant codeExpiresAt,
        Instant paymentInitiatedAt,
        Instant paymentCompletedAt,
        Instant payoutInitiatedAt,
        Instant payoutCompletedAt,
        Instant refundCompletedAt,
        int releaseRound,
        String reversedPayoutReference,
        String lastError,
        Instant lastErrorAt,
        PartyRole myRole,
        List<String> allowedActions,
        String nextStep,
        boolean finished,
        DecisionView decision,
        int inspectionDays,
        Instant deliveredAt,
        Instant inspectionEndsAt,
        Instant autoReleasedAt,
        List<MilestoneView> milestones,
        long heldPaise,
        PayoutView payout) {

    /** The payout as both parties may see it: the bank's UTR once it is complete (null before, or if none came). */
    record PayoutView(String utr, Instant completedAt) {}

    /**
     * One milestone (ADR 0021) and what the caller may do on it now ({@code allowedActions}: {@code
     * CONFIRM_MILESTONE} or nothing). {@code payoutUtr} is the bank's reference once it is paid.
     */
    record MilestoneView(
            int number,
            String title,
            long amountPaise,
            String status,
            Confirmations confirmations,
            Instant paidAt,
            String payoutUtr,
            List<String> allowedActions) {
        static MilestoneView of(Escrow escrow, Milestone m, Actor actor) {
            return new MilestoneView(
                    m.number(),
                    m.title(),
                    m.amountPaise(),
                    m.status().name(),
                    new Confirmations(m.payerConfirmed(), m.payeeConfirmed()),
                    m.paidAt(),
                    m.utr(),
                    escrow.allowedActions(actor, m).stream()
                            .map(EscrowAction::name)
                            .toList());
        }
    }

    record PartyView(UUID userId, String name, String vpa) {
        static PartyView of(Party party) {
            return party == null ? null : new PartyView(party.userId(), party.name(), party.vpa());
        }
    }

    record Confirmations(boolean payer, boolean payee) {}

    /**
     * An admin's decision, shown to both parties so the page can say what happened and why; who decided is shown
     * to admins only ({@code decidedBy} is null for everyone else). {@code decided} is the status it ended
     * ({@code DISPUTED}, {@code RELEASE_FAILED} or {@code PAYOUT_REVERSED}): what the admin decided.
     */
    record DecisionView(
            String outcome,
            String decided,
            String note,
            Instant decidedAt,
            UUID decidedBy,
            Long releasePaise,
            Long refundPaise) {
        static DecisionView of(Decision d, Caller caller) {
            return new DecisionView(
                    d.outcome().name(),
                    d.decided().name(),
                    d.note(),
                    d.decidedAt(),
                    caller.isAdmin() ? d.decidedBy() : null,
                    d.releasePaise(),
                    d.refundPaise());
        }
    }

    static EscrowResponse of(Escrow escrow, Caller caller) {
        Actor actor = EscrowController.actor(caller);
        EscrowSnapshot s = escrow.snapshot();
        return new EscrowResponse(
                s.id(),
                s.code(),
                s.name(),
                s.terms().title(),
                s.terms().description(),
                s.terms().amountPaise(),
                "INR",
                s.status().name(),
                PartyView.of(s.payer()),
                PartyView.of(s.payee()),
                s.terms().paymentMode().name(),
                PaymentView.of(s.payment()),
                new Confirmations(s.payerConfirmed(), s.payeeConfirmed()),
                s.createdAt(),
                s.codeExpiresAt(),
                s.payment().initiatedAt(),
                s.payment().completedAt(),
                s.payout().initiatedAt(),
                s.payout().completedAt(),
                s.refundCompletedAt(),
                s.payout().round(),
                s.payout().reversedReference(),
                s.lastError(),
                s.lastErrorAt(),
                escrow.roleOf(caller.userId()).orElse(null),
                escrow.allowedActions(actor).stream().map(EscrowAction::name).toList(),
                NextStep.of(escrow, actor),
                NextStep.finished(s.status()),
                escrow.decision().map(d -> DecisionView.of(d, caller)).orElse(null),
                s.terms().inspectionDays(),
                s.inspection().deliveredAt(),
                s.inspection().endsAt(),
                s.inspection().autoReleasedAt(),
                escrow.milestones().stream()
                        .map(m -> MilestoneView.of(escrow, m, actor))
                        .toList(),
                escrow.heldPaise(),
                new PayoutView(s.payout().utr(), s.payout().completedAt()));
    }
}
