package com.trustpay.escrow.escrow.domain;

import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an escrow method caused. Each event names its {@link Transition}; one history row is kept per event. The
 * messaging edge turns them into wire events and commands.
 */
public sealed interface EscrowEvent {

    Transition transition();

    /**
     * The event's stable name, e.g. {@code FundsHeld}: the {@code kind} of its history row, which the API and the UI
     * show. Written out here rather than taken from the record's class name, so that renaming a record never changes
     * a published value (the values are those history rows have always carried).
     */
    default String kind() {
        return switch (this) {
            case Opened e -> "Opened";
            case PartnerJoined e -> "PartnerJoined";
            case PaymentAwaited e -> "PaymentAwaited";
            case PaymentOffered e -> "PaymentOffered";
            case PaymentCheckRequested e -> "PaymentCheckRequested";
            case PaymentLapsed e -> "PaymentLapsed";
            case FundsHeld e -> "FundsHeld";
            case PartyConfirmed e -> "PartyConfirmed";
            case ReleaseStarted e -> "ReleaseStarted";
            case PayoutInitiated e -> "PayoutInitiated";
            case PayoutRetryScheduled e -> "PayoutRetryScheduled";
            case Released e -> "Released";
            case ReleaseReversed e -> "ReleaseReversed";
            case ReleaseFailed e -> "ReleaseFailed";
            case RefundStarted e -> "RefundStarted";
            case Refunded e -> "Refunded";
            case RefundFailed e -> "RefundFailed";
            case Cancelled e -> "Cancelled";
            case Disputed e -> "Disputed";
            case DisputeMessagePosted e -> "DisputeMessagePosted";
            case DisputeResolved e -> "DisputeResolved";
            case CodeExpired e -> "CodeExpired";
            case AnomalyDetected e -> "AnomalyDetected";
            case DeliveryMarked e -> "DeliveryMarked";
            case InspectionEndingSoon e -> "InspectionEndingSoon";
            case AutoReleased e -> "AutoReleased";
        };
    }

    record Opened(
            Transition transition,
            String code,
            String name,
            String title,
            long amountPaise,
            PartyRole creatorRole,
            UUID creatorUserId,
            Instant codeExpiresAt,
            List<Milestone> milestones)
            implements EscrowEvent {

        /** An escrow without milestones. */
        public Opened(
                Transition transition,
                String code,
                String name,
                String title,
                long amountPaise,
                PartyRole creatorRole,
                UUID creatorUserId,
                Instant codeExpiresAt) {
            this(transition, code, name, title, amountPaise, creatorRole, creatorUserId, codeExpiresAt, List.of());
        }
    }

    record PartnerJoined(Transition transition, UUID payerUserId, UUID payeeUserId) implements EscrowEvent {}

    /** A payment request goes out for {@code attempt}. */
    record PaymentAwaited(
            Transition transition,
            int attempt,
            long amountPaise,
            String payerVpa,
            String payerName,
            PaymentMode mode,
            String note)
            implements EscrowEvent {}

    /** payment-service made the payment request of {@code attempt} payable (a link, a QR code or a collect). */
    record PaymentOffered(Transition transition, int attempt, String paymentReference) implements EscrowEvent {}

    record PaymentCheckRequested(Transition transition, int attempt, UUID byUserId) implements EscrowEvent {}

    /** The attempt failed or expired; {@code outcome} is FAILED or EXPIRED. */
    record PaymentLapsed(Transition transition, int attempt, PaymentStatus outcome, String reason)
            implements EscrowEvent {}

    record FundsHeld(Transition transition, int attempt, long amountPaise, String paymentReference)
            implements EscrowEvent {}

    /** @param milestone the milestone confirmed (ADR 0021), or null for the escrow as one */
    record PartyConfirmed(Transition transition, PartyRole role, UUID userId, Integer milestone)
            implements EscrowEvent {

        public PartyConfirmed(Transition transition, PartyRole role, UUID userId) {
            this(transition, role, userId, null);
        }
    }

    /**
     * A payout round starts.
     *
     * @param answersReversal the reversed payout an admin decided to pay again, or null on every other round
     * @param milestone the milestone paid out (ADR 0021; {@code round} is then that milestone's), or null for the
     *     escrow as one and for an admin's split
     */
    record ReleaseStarted(
            Transition transition,
            int round,
            long amountPaise,
            String payeeVpa,
            String payeeName,
            String answersReversal,
            Integer milestone)
            implements EscrowEvent {

        public ReleaseStarted(
                Transition transition,
                int round,
                long amountPaise,
                String payeeVpa,
                String payeeName,
                String answersReversal) {
            this(transition, round, amountPaise, payeeVpa, payeeName, answersReversal, null);
        }
    }

    /** payment-service sent payout round {@code round} to the bank as {@code payoutReference}. */
    record PayoutInitiated(Transition transition, int round, String payoutReference) implements EscrowEvent {}

    /** A payout attempt of round {@code round} failed and payment-service will try again. */
    record PayoutRetryScheduled(Transition transition, int round, String reason) implements EscrowEvent {}

    /** @param milestone the milestone paid (ADR 0021), or null for the escrow as one and for an admin's split */
    record Released(Transition transition, long amountPaise, String payoutReference, Integer milestone)
            implements EscrowEvent {

        public Released(Transition transition, long amountPaise, String payoutReference) {
            this(transition, amountPaise, payoutReference, null);
        }
    }

    /** The bank returned the payout {@code payoutReference}; the money is back and waits for an admin. */
    record ReleaseReversed(Transition transition, long amountPaise, String payoutReference, String reason)
            implements EscrowEvent {}

    /** @param milestone the milestone whose payout failed for good (ADR 0021), or null for the escrow as one */
    record ReleaseFailed(Transition transition, int round, String reason, Integer milestone) implements EscrowEvent {

        public ReleaseFailed(Transition transition, int round, String reason) {
            this(transition, round, reason, null);
        }
    }

    /**
     * The money that arrived goes back to the payer.
     *
     * @param round the refund's number for this escrow: 1, then one more per refund started or retried
     */
    record RefundStarted(Transition transition, long amountPaise, String reason, int round) implements EscrowEvent {}

    record Refunded(Transition transition, long amountPaise, String refundReference) implements EscrowEvent {}

    /** The refund was refused or given up; the money is still held until an admin retries it. */
    record RefundFailed(Transition transition, String refundReference, long amountPaise, String reason)
            implements EscrowEvent {}

    /**
     * Cancelled before any money was held.
     *
     * @param withdrawAttempt the payment attempt to withdraw at the provider, or 0 when none was requested
     */
    record Cancelled(Transition transition, UUID byUserId, String reason, int withdrawAttempt) implements EscrowEvent {}

    /** A party disputed the deal; {@code reason} is also the first message of the dispute's thread. */
    record Disputed(Transition transition, UUID byUserId, String reason) implements EscrowEvent {}

    /** Someone added {@code message} to the thread of the dispute; the status does not change. */
    record DisputeMessagePosted(Transition transition, DisputeMessage message) implements EscrowEvent {}

    /**
     * An admin decided the dispute (or a release that failed for good); the ReleaseStarted or RefundStarted that
     * carries it out is the next event.
     *
     * @param amountPaise what was still held and is decided (with milestones: what no milestone paid yet); a split
     *     {@link Decision} says how much of it goes to each party
     */
    record DisputeResolved(Transition transition, Decision decision, long amountPaise) implements EscrowEvent {}

    record CodeExpired(Transition transition, String code) implements EscrowEvent {}

    /** Something an operator must look at; the status does not change. */
    record AnomalyDetected(Transition transition, String kind, boolean critical, String detail)
            implements EscrowEvent {}

    // ---- the inspection period (ADR 0018) ------------------------------------------------------------------------

    /** The payee marked the deal delivered (their confirmation); the payer inspects until {@code inspectionEndsAt}. */
    record DeliveryMarked(Transition transition, UUID payeeUserId, Instant deliveredAt, Instant inspectionEndsAt)
            implements EscrowEvent {}

    /** The reminder, once per escrow, that the payer's inspection period ends at {@code inspectionEndsAt}. */
    record InspectionEndingSoon(Transition transition, Instant inspectionEndsAt) implements EscrowEvent {}

    /**
     * The inspection period ended with neither a confirmation nor a dispute: nobody decided, the release starts on
     * its own (a {@link ReleaseStarted} follows).
     */
    record AutoReleased(Transition transition, long amountPaise, Instant inspectionEndsAt) implements EscrowEvent {}
}
