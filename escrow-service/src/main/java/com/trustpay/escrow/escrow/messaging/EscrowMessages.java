package com.trustpay.escrow.escrow.messaging;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.commands.CancelPaymentRequest;
import com.trustpay.contracts.commands.CheckPaymentStatus;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.escrow.AutoReleased;
import com.trustpay.contracts.escrow.Cancelled;
import com.trustpay.contracts.escrow.CodeExpired;
import com.trustpay.contracts.escrow.DeliveryMarked;
import com.trustpay.contracts.escrow.DisputeMessagePosted;
import com.trustpay.contracts.escrow.DisputeResolved;
import com.trustpay.contracts.escrow.Disputed;
import com.trustpay.contracts.escrow.EscrowCreated;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.escrow.InspectionEndingSoon;
import com.trustpay.contracts.escrow.PartnerJoined;
import com.trustpay.contracts.escrow.PartyConfirmed;
import com.trustpay.contracts.escrow.PaymentAwaited;
import com.trustpay.contracts.escrow.PaymentLapsed;
import com.trustpay.contracts.escrow.RefundStarted;
import com.trustpay.contracts.escrow.Refunded;
import com.trustpay.contracts.escrow.ReleaseFailed;
import com.trustpay.contracts.escrow.ReleaseReversed;
import com.trustpay.contracts.escrow.ReleaseStarted;
import com.trustpay.contracts.escrow.Released;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.platform.ops.Alert;
import com.trustpay.platform.ops.OpsAlerts;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Domain events to wire messages: every event becomes its {@code escrow.events} record; some also carry a
 * command for payment-service, and some call for an alert for operators ({@link #alertOf}). A failed refund
 * (REFUND_FAILED) has no {@code escrow.events} record in the contracts: it goes out as an admin alert only, and
 * shows in the escrow's history and status; an anomaly is an alert only as well.
 */
public final class EscrowMessages {

    private EscrowMessages() {}

    /** The wire messages an event becomes: its {@code escrow.events} record and the command it implies, if any. */
    public static List<Message> of(UUID escrowId, EscrowEvent event) {
        String previous = event.transition().from() == null
                ? null
                : event.transition().from().name();
        return switch (event) {
            case EscrowEvent.Opened e ->
                List.of(new EscrowCreated(
                        escrowId,
                        e.code(),
                        e.name(),
                        e.title(),
                        e.amountPaise(),
                        e.creatorRole(),
                        e.creatorUserId(),
                        e.codeExpiresAt(),
                        e.milestones().isEmpty()
                                ? null
                                : e.milestones().stream()
                                        .map(m -> new EscrowCreated.Milestone(m.number(), m.title(), m.amountPaise()))
                                        .toList()));
            case EscrowEvent.PartnerJoined e -> List.of(new PartnerJoined(escrowId, e.payerUserId(), e.payeeUserId()));
            case EscrowEvent.PaymentAwaited e ->
                List.of(
                        new PaymentAwaited(escrowId, e.attempt()),
                        new RequestPayment(
                                escrowId,
                                e.attempt(),
                                e.amountPaise(),
                                e.payerVpa(),
                                e.payerName(),
                                e.mode(),
                                e.note()));
            case EscrowEvent.PaymentCheckRequested e -> List.of(new CheckPaymentStatus(escrowId, e.attempt()));
            case EscrowEvent.PaymentLapsed e ->
                List.of(new PaymentLapsed(escrowId, e.attempt(), e.outcome().name(), e.reason()));
            case EscrowEvent.FundsHeld e -> List.of(new FundsHeld(escrowId, e.amountPaise(), e.paymentReference()));
            case EscrowEvent.PartyConfirmed e ->
                List.of(new PartyConfirmed(escrowId, e.role(), e.userId(), e.milestone()));
            case EscrowEvent.ReleaseStarted e ->
                List.of(
                        new ReleaseStarted(escrowId, e.amountPaise(), e.round(), e.milestone()),
                        new ReleaseFunds(
                                escrowId,
                                e.round(),
                                e.amountPaise(),
                                e.payeeVpa(),
                                e.payeeName(),
                                e.answersReversal(),
                                e.milestone()));
            case EscrowEvent.Released e ->
                List.of(new Released(escrowId, e.amountPaise(), e.payoutReference(), e.milestone()));
            case EscrowEvent.ReleaseReversed e ->
                List.of(new ReleaseReversed(escrowId, e.amountPaise(), e.payoutReference(), e.reason()));
            case EscrowEvent.ReleaseFailed e ->
                List.of(new ReleaseFailed(escrowId, e.round(), e.reason(), e.milestone()));
            case EscrowEvent.RefundStarted e ->
                List.of(
                        new RefundStarted(escrowId, e.amountPaise(), e.reason()),
                        new RefundPayment(escrowId, e.amountPaise(), e.reason(), e.round()));
            case EscrowEvent.Refunded e -> List.of(new Refunded(escrowId, e.amountPaise(), e.refundReference()));
            case EscrowEvent.RefundFailed e -> List.of();
            case EscrowEvent.Cancelled e -> cancelled(escrowId, e, previous);
            case EscrowEvent.Disputed e -> List.of(new Disputed(escrowId, e.byUserId(), e.reason()));
            case EscrowEvent.DisputeMessagePosted e ->
                List.of(new DisputeMessagePosted(
                        escrowId,
                        e.message().id(),
                        e.message().authorId(),
                        e.message().author().name(),
                        e.message().postedAt()));
            case EscrowEvent.DisputeResolved e ->
                List.of(new DisputeResolved(
                        escrowId,
                        e.decision().outcome().name(),
                        previous,
                        e.decision().note(),
                        e.amountPaise(),
                        e.decision().decidedAt(),
                        e.decision().releasePaise(),
                        e.decision().refundPaise()));
            case EscrowEvent.CodeExpired e -> List.of(new CodeExpired(escrowId, e.code()));
            case EscrowEvent.AnomalyDetected e -> List.of();
            case EscrowEvent.PaymentOffered e -> List.of();
            case EscrowEvent.PayoutInitiated e -> List.of();
            case EscrowEvent.PayoutRetryScheduled e -> List.of();
            case EscrowEvent.DeliveryMarked e ->
                List.of(new DeliveryMarked(escrowId, e.payeeUserId(), e.deliveredAt(), e.inspectionEndsAt()));
            case EscrowEvent.InspectionEndingSoon e ->
                List.of(new InspectionEndingSoon(escrowId, e.inspectionEndsAt()));
            case EscrowEvent.AutoReleased e ->
                List.of(new AutoReleased(escrowId, e.amountPaise(), e.inspectionEndsAt()));
        };
    }

    /** The alert for operators an event calls for, if any; it is raised through {@link OpsAlerts}. */
    public static Optional<Alert> alertOf(UUID escrowId, EscrowEvent event) {
        return switch (event) {
            case EscrowEvent.RefundFailed e ->
                Optional.of(Alert.of(
                        Severity.CRITICAL,
                        "REFUND_FAILED",
                        escrowId,
                        "Refund " + e.refundReference() + " of " + e.amountPaise() + " paise failed (" + e.reason()
                                + "); the money is still held: retry the refund"));
            case EscrowEvent.AnomalyDetected e ->
                Optional.of(
                        Alert.of(e.critical() ? Severity.CRITICAL : Severity.WARNING, e.kind(), escrowId, e.detail()));
            default -> Optional.empty();
        };
    }

    private static List<Message> cancelled(UUID escrowId, EscrowEvent.Cancelled e, String previous) {
        Cancelled cancelled = new Cancelled(escrowId, e.byUserId(), e.reason(), previous);
        if (e.withdrawAttempt() == 0) {
            return List.of(cancelled);
        }
        String reason = e.reason() == null ? "Escrow cancelled" : e.reason();
        return List.of(cancelled, new CancelPaymentRequest(escrowId, e.withdrawAttempt(), reason));
    }
}
