package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.domain.Decision;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.escrow.escrow.domain.EscrowStatus;

/** The words a timeline row shows for an event. */
final class Timeline {

    private Timeline() {}

    static String describe(EscrowEvent event) {
        return switch (event) {
            case EscrowEvent.Opened e ->
                "Code " + e.code() + ", " + e.amountPaise() + " paise"
                        + (e.milestones().isEmpty()
                                ? ""
                                : " in " + e.milestones().size() + " milestones");
            case EscrowEvent.PartnerJoined e -> "Both parties are in";
            case EscrowEvent.PaymentAwaited e -> "Payment requested, attempt " + e.attempt();
            case EscrowEvent.PaymentOffered e -> "Payment request ready to pay, attempt " + e.attempt();
            case EscrowEvent.PaymentCheckRequested e -> "Status check of attempt " + e.attempt();
            case EscrowEvent.PaymentLapsed e -> "Attempt " + e.attempt() + " " + e.outcome() + ": " + e.reason();
            case EscrowEvent.FundsHeld e -> e.amountPaise() + " paise held (attempt " + e.attempt() + ")";
            case EscrowEvent.PartyConfirmed e ->
                e.role() + " confirmed" + (e.milestone() == null ? "" : " milestone " + e.milestone());
            case EscrowEvent.ReleaseStarted e ->
                (e.milestone() == null ? "" : "Milestone " + e.milestone() + ": ")
                        + "Payout round " + e.round() + " of " + e.amountPaise() + " paise"
                        + (e.answersReversal() == null
                                ? ""
                                : ", paying again after reversal of " + e.answersReversal());
            case EscrowEvent.PayoutInitiated e ->
                "Payout round " + e.round() + " sent to the bank, reference " + e.payoutReference();
            case EscrowEvent.PayoutRetryScheduled e ->
                "Payout round " + e.round() + " attempt failed, retrying: " + e.reason();
            case EscrowEvent.Released e ->
                (e.milestone() == null ? "Paid out" : "Milestone " + e.milestone() + " paid out") + ", reference "
                        + e.payoutReference();
            case EscrowEvent.ReleaseReversed e ->
                "The bank returned payout " + e.payoutReference() + " (" + e.reason() + "): waiting for an admin";
            case EscrowEvent.ReleaseFailed e ->
                (e.milestone() == null ? "" : "Milestone " + e.milestone() + ": ") + "Payout round " + e.round()
                        + " failed: " + e.reason();
            case EscrowEvent.RefundStarted e -> "Refund of " + e.amountPaise() + " paise: " + e.reason();
            case EscrowEvent.Refunded e -> "Refunded, reference " + e.refundReference();
            case EscrowEvent.RefundFailed e -> "Refund " + e.refundReference() + " failed: " + e.reason();
            case EscrowEvent.Cancelled e -> e.reason() == null ? "Cancelled" : "Cancelled: " + e.reason();
            case EscrowEvent.Disputed e -> "Disputed: " + e.reason();
            case EscrowEvent.DisputeMessagePosted e ->
                switch (e.message().author()) {
                    case PAYER -> "The payer wrote in the dispute";
                    case PAYEE -> "The payee wrote in the dispute";
                    case ADMIN -> "TrustPay staff wrote in the dispute";
                };
            case EscrowEvent.DisputeResolved e -> decided(e.decision());
            case EscrowEvent.CodeExpired e -> "Code " + e.code() + " expired";
            case EscrowEvent.AnomalyDetected e -> e.kind() + ": " + e.detail();
            case EscrowEvent.DeliveryMarked e -> "Marked delivered; the payer inspects until " + e.inspectionEndsAt();
            case EscrowEvent.InspectionEndingSoon e -> "Reminder: the inspection period ends " + e.inspectionEndsAt();
            case EscrowEvent.AutoReleased e ->
                "Released automatically when the inspection period ended (" + e.inspectionEndsAt() + ")";
        };
    }

    /** What the parties read of an admin's decision: where the money goes and why (never who decided). */
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
}
