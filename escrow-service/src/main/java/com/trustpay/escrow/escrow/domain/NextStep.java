package com.trustpay.escrow.escrow.domain;

import com.trustpay.escrow.escrow.domain.EscrowAction.Role;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * Who must act next on an escrow, in plain words for the person looking at it ("Waiting for the payee to
 * confirm", "Your turn: confirm when the deal is done"). Sentences that start with "Your turn" mean the reader can
 * act now (their allowed actions say how); "Waiting for" names who else must act; "Nothing left to do" is a final
 * status.
 */
public final class NextStep {

    /** How a sentence names a moment: in India's time, where the parties are (UPI is India's). */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'IST'", Locale.ENGLISH)
            .withZone(ZoneId.of("Asia/Kolkata"));

    private NextStep() {}

    /**
     * Whether nothing is left to do on an escrow in this status, for anyone: exactly the statuses whose next step
     * reads "Nothing left to do". Lists show these as finished. Not {@link EscrowTransitions#isFinal}: a released
     * escrow can still see its payout reversed, and a cancelled one a late payment refunded, but nobody waits on
     * anyone there.
     */
    public static boolean finished(EscrowStatus status) {
        return switch (status) {
            case RELEASED, REFUNDED, CANCELLED, EXPIRED -> true;
            case AWAITING_PARTNER,
                    AWAITING_PAYMENT,
                    PAYMENT_PENDING,
                    PAYMENT_FAILED,
                    HELD,
                    RELEASING,
                    PAYOUT_REVERSED,
                    RELEASE_FAILED,
                    REFUNDING,
                    REFUND_FAILED,
                    DISPUTED -> false;
        };
    }

    public static String of(Escrow escrow, Actor reader) {
        Set<Role> roles = escrow.rolesOf(reader);
        boolean payer = roles.contains(Role.PAYER);
        boolean payee = roles.contains(Role.PAYEE);
        boolean decider = roles.contains(Role.ADMIN) && !payer && !payee;
        EscrowSnapshot s = escrow.snapshot();
        return switch (s.status()) {
            case AWAITING_PARTNER ->
                payer || payee
                        ? "Waiting for your partner to join with the code"
                        : "Waiting for the partner to join with the code";
            case AWAITING_PAYMENT, PAYMENT_PENDING ->
                payer ? "Your turn: pay the amount into escrow" : "Waiting for the payer to pay";
            case PAYMENT_FAILED ->
                payer
                        ? "Your turn: the payment did not go through, try paying again"
                        : "Waiting for the payer to try paying again";
            case HELD ->
                !s.milestones().isEmpty()
                        ? milestones(s, payer, payee)
                        : s.inspection().delivered() ? inspecting(s, payer, payee) : held(s, payer, payee);
            case RELEASING -> "Waiting for the bank to pay the payee";
            case RELEASED -> "Nothing left to do: the payee was paid";
            case RELEASE_FAILED ->
                decider
                        ? "Your turn: retry the release, or decide where the money goes"
                        : "Waiting for TrustPay staff to retry the payout";
            case PAYOUT_REVERSED ->
                decider
                        ? "Your turn: the bank returned the payout; pay the payee again or refund the payer"
                        : "Waiting for TrustPay staff to decide: pay the payee again or refund the payer";
            case REFUNDING -> "Waiting for the bank to refund the payer";
            case REFUNDED ->
                partlyReleased(s)
                        ? "Nothing left to do: part was paid to the payee and the rest refunded to the payer"
                        : "Nothing left to do: the payer was refunded";
            case REFUND_FAILED ->
                decider ? "Your turn: retry the refund" : "Waiting for TrustPay staff to retry the refund";
            case DISPUTED ->
                decider
                        ? "Your turn: decide the dispute"
                        : roles.contains(Role.ADMIN)
                                ? "Waiting for another admin to decide the dispute"
                                : "Waiting for TrustPay staff to decide the dispute";
            case CANCELLED -> "Nothing left to do: the escrow was cancelled";
            case EXPIRED -> "Nothing left to do: nobody joined before the code expired";
        };
    }

    /** Whether a payee was paid part of an escrow that was then refunded: paid milestones, or a split (ADR 0021). */
    private static boolean partlyReleased(EscrowSnapshot s) {
        return (s.decision() != null && s.decision().outcome() == Decision.Outcome.SPLIT)
                || s.milestones().stream().anyMatch(m -> m.status() == Milestone.Status.PAID);
    }

    /** An escrow released in milestones: the first milestone still held says who must confirm (ADR 0021). */
    private static String milestones(EscrowSnapshot s, boolean payer, boolean payee) {
        Milestone next =
                s.milestones().stream().filter(Milestone::held).findFirst().orElse(null);
        if (next == null) {
            return "Waiting for the bank to pay the payee the last milestone";
        }
        String which = "milestone " + next.number() + " (" + next.title() + ")";
        if (payer && payee) {
            return "Your turn: confirm " + which + " when it is done";
        }
        if (payer || payee) {
            boolean mine = payer ? next.payerConfirmed() : next.payeeConfirmed();
            String other = payer ? "the payee" : "the payer";
            return mine
                    ? "Waiting for " + other + " to confirm " + which
                    : "Your turn: confirm " + which + " when it is done";
        }
        return "Waiting for the payer and the payee to confirm " + which;
    }

    /** The payee marked the deal delivered: the payer inspects until the period ends (ADR 0018). */
    private static String inspecting(EscrowSnapshot s, boolean payer, boolean payee) {
        String until = WHEN.format(s.inspection().endsAt());
        if (payer) {
            return "Your turn: inspect the delivery, then confirm or dispute by " + until
                    + "; after that the money is released automatically";
        }
        if (payee) {
            return "Waiting for the payer's inspection until " + until;
        }
        return "Waiting for the payer's inspection until " + until + "; then the money is released automatically";
    }

    private static String held(EscrowSnapshot s, boolean payer, boolean payee) {
        boolean payerDone = s.payerConfirmed();
        boolean payeeDone = s.payeeConfirmed();
        if (payer && payee) {
            return "Your turn: confirm when the deal is done";
        }
        if (payer || payee) {
            boolean mine = payer ? payerDone : payeeDone;
            boolean theirs = payer ? payeeDone : payerDone;
            String other = payer ? "the payee" : "the payer";
            if (mine) {
                return "Waiting for " + other + " to confirm";
            }
            return theirs
                    ? "Your turn: " + other + " confirmed; confirm when the deal is done"
                    : "Your turn: confirm when the deal is done";
        }
        if (payerDone) {
            return "Waiting for the payee to confirm";
        }
        if (payeeDone) {
            return "Waiting for the payer to confirm";
        }
        return "Waiting for the payer and the payee to confirm";
    }
}
