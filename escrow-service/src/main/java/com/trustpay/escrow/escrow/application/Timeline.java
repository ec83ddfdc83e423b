package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.domain.Decision;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.escrow.escrow.domain.EscrowSnapshot;
import com.trustpay.escrow.escrow.domain.EscrowStatus;
import com.trustpay.escrow.escrow.domain.TimelineEntry;
import com.trustpay.escrow.escrow.domain.TimelineFacts;
import com.trustpay.platform.upi.UpiDeclines;
import java.time.Instant;
import java.util.UUID;

/**
 * The timeline row an event makes (ADR 0022): the facts the UI words for the parties (money, bank references, a note
 * for them) and the internal line admins read. One switch over every event, so a new event is one more case.
 */
final class Timeline {

    private Timeline() {}

    static TimelineEntry entry(Escrow escrow, EscrowEvent event, UUID actorId, Instant at) {
        EscrowSnapshot s = escrow.snapshot();
        return new TimelineEntry(
                event.kind(),
                event.transition().from(),
                event.transition().to(),
                actorId,
                facts(event, s.payment().rrn(), s.payout().utr()),
                at);
    }

    /**
     * The facts of {@code event}; {@code paymentRrn} and {@code payoutUtr} are the escrow's after it, which know the
     * bank references the events do not carry.
     */
    static TimelineFacts facts(EscrowEvent event, String paymentRrn, String payoutUtr) {
        return switch (event) {
            case EscrowEvent.Opened e ->
                TimelineFacts.money(
                        e.amountPaise(),
                        "Code " + e.code() + ", " + e.amountPaise() + " paise"
                                + (e.milestones().isEmpty()
                                        ? ""
                                        : " in " + e.milestones().size() + " milestones"));
            case EscrowEvent.PartnerJoined e -> TimelineFacts.internal("Both parties are in");
            case EscrowEvent.PaymentAwaited e ->
                TimelineFacts.money(e.amountPaise(), "Payment requested, attempt " + e.attempt());
            case EscrowEvent.PaymentOffered e ->
                TimelineFacts.internal("Payment request ready to pay, attempt " + e.attempt());
            case EscrowEvent.PaymentCheckRequested e ->
                TimelineFacts.internal("Status check of attempt " + e.attempt());
            case EscrowEvent.PaymentLapsed e ->
                TimelineFacts.noted(
                        UpiDeclines.explainStored(e.reason()),
                        "Attempt " + e.attempt() + " " + e.outcome() + ": " + e.reason());
            case EscrowEvent.FundsHeld e ->
                new TimelineFacts(
                        e.amountPaise(),
                        paymentRrn,
                        null,
                        null,
                        null,
                        null,
                        e.amountPaise() + " paise held (attempt " + e.attempt() + ")");
            case EscrowEvent.PartyConfirmed e ->
                TimelineFacts.internal(
                        e.role() + " confirmed" + (e.milestone() == null ? "" : " milestone " + e.milestone()));
            case EscrowEvent.ReleaseStarted e ->
                TimelineFacts.money(
                        e.amountPaise(),
                        milestone(e.milestone()) + "Payout round " + e.round() + " of " + e.amountPaise() + " paise"
                                + (e.answersReversal() == null
                                        ? ""
                                        : ", paying again after reversal of " + e.answersReversal()));
            case EscrowEvent.PayoutInitiated e ->
                TimelineFacts.internal(
                        "Payout round " + e.round() + " sent to the bank, reference " + e.payoutReference());
            case EscrowEvent.PayoutRetryScheduled e ->
                TimelineFacts.internal("Payout round " + e.round() + " attempt failed, retrying: " + e.reason());
            case EscrowEvent.Released e ->
                new TimelineFacts(
                        e.amountPaise(),
                        null,
                        payoutUtr,
                        null,
                        null,
                        null,
                        milestone(e.milestone()) + "Paid out, reference " + e.payoutReference());
            case EscrowEvent.ReleaseReversed e ->
                TimelineFacts.money(
                        e.amountPaise(),
                        "The bank returned payout " + e.payoutReference() + " (" + e.reason()
                                + "): waiting for an admin");
            case EscrowEvent.ReleaseFailed e ->
                TimelineFacts.internal(
                        milestone(e.milestone()) + "Payout round " + e.round() + " failed: " + e.reason());
            case EscrowEvent.RefundStarted e ->
                TimelineFacts.money(e.amountPaise(), "Refund of " + e.amountPaise() + " paise: " + e.reason());
            case EscrowEvent.Refunded e ->
                new TimelineFacts(
                        e.amountPaise(),
                        null,
                        null,
                        e.refundReference(),
                        null,
                        null,
                        "Refunded, reference " + e.refundReference());
            case EscrowEvent.RefundFailed e ->
                TimelineFacts.money(e.amountPaise(), "Refund " + e.refundReference() + " failed: " + e.reason());
            case EscrowEvent.Cancelled e ->
                TimelineFacts.noted(e.reason(), e.reason() == null ? "Cancelled" : "Cancelled: " + e.reason());
            case EscrowEvent.Disputed e -> TimelineFacts.noted(e.reason(), "Disputed: " + e.reason());
            case EscrowEvent.DisputeMessagePosted e ->
                TimelineFacts.internal(
                        switch (e.message().author()) {
                            case PAYER -> "The payer wrote in the dispute";
                            case PAYEE -> "The payee wrote in the dispute";
                            case ADMIN -> "TrustPay staff wrote in the dispute";
                        });
            case EscrowEvent.DisputeResolved e ->
                new TimelineFacts(
                        // a split's row names the part paid to the payee; the rest goes back to the payer
                        e.decision().releasePaise() != null ? e.decision().releasePaise() : e.amountPaise(),
                        null,
                        null,
                        null,
                        e.decision().note(),
                        e.decision().outcome(),
                        decided(e.decision()));
            case EscrowEvent.CodeExpired e -> TimelineFacts.internal("Code " + e.code() + " expired");
            case EscrowEvent.AnomalyDetected e -> TimelineFacts.internal(e.kind() + ": " + e.detail());
            case EscrowEvent.DeliveryMarked e ->
                TimelineFacts.internal("Marked delivered; the payer inspects until " + e.inspectionEndsAt());
            case EscrowEvent.InspectionEndingSoon e ->
                TimelineFacts.internal("Reminder: the inspection period ends " + e.inspectionEndsAt());
            case EscrowEvent.AutoReleased e ->
                TimelineFacts.money(
                        e.amountPaise(),
                        "Released automatically when the inspection period ended (" + e.inspectionEndsAt() + ")");
        };
    }

    /** An admin's decision as admins read it: where the money goes and why. */
    private static String decided(Decision decision) {
        boolean returned = decision.decided() == EscrowStatus.PAYOUT_REVERSED;
        String outcome =
                switch (decision.outcome()) {
                    case RELEASE_TO_PAYEE ->
                        returned
                                ? "An admin decided the returned payout: paid to the payee again"
                                : "An admin decided: released to the payee";
                    case REFUND_TO_PAYER ->
                        returned
                                ? "An admin decided the returned payout: refunded to the payer"
                                : "An admin decided: refunded to the payer";
                    case SPLIT ->
                        "An admin decided: split, " + decision.releasePaise() + " paise released to the payee and "
                                + decision.refundPaise() + " paise refunded to the payer";
                };
        return decision.note() == null ? outcome : outcome + " \u2014 " + decision.note();
    }

    /** The internal line's prefix for an event about one milestone (ADR 0021); empty for the escrow as one. */
    private static String milestone(Integer number) {
        return number == null ? "" : "Milestone " + number + ": ";
    }
}
