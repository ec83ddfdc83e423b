package com.trustpay.escrow.escrow.domain;

import static com.trustpay.escrow.escrow.domain.EscrowStatus.*;

import com.trustpay.contracts.PartyRole;
import com.trustpay.escrow.escrow.domain.EscrowAction.Role;
import com.trustpay.escrow.escrow.domain.EscrowEvent.AnomalyDetected;
import com.trustpay.escrow.escrow.domain.EscrowEvent.AutoReleased;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Cancelled;
import com.trustpay.escrow.escrow.domain.EscrowEvent.CodeExpired;
import com.trustpay.escrow.escrow.domain.EscrowEvent.DeliveryMarked;
import com.trustpay.escrow.escrow.domain.EscrowEvent.DisputeMessagePosted;
import com.trustpay.escrow.escrow.domain.EscrowEvent.DisputeResolved;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Disputed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.FundsHeld;
import com.trustpay.escrow.escrow.domain.EscrowEvent.InspectionEndingSoon;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Opened;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PartnerJoined;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PartyConfirmed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PaymentAwaited;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PaymentCheckRequested;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PaymentLapsed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PaymentOffered;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PayoutInitiated;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PayoutRetryScheduled;
import com.trustpay.escrow.escrow.domain.EscrowEvent.RefundFailed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.RefundStarted;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Refunded;
import com.trustpay.escrow.escrow.domain.EscrowEvent.ReleaseFailed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.ReleaseReversed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.ReleaseStarted;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Released;
import com.trustpay.escrow.escrow.domain.EscrowRuleException.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The escrow aggregate. Every method checks the {@link EscrowTransitions transition table} before it changes
 * the status and returns the events it caused (an empty list when a message changes nothing, e.g. a duplicate
 * or an outcome of an older payment attempt). Access (party or admin) is checked by the caller; which statuses and
 * roles allow each action a person takes is the {@link EscrowAction action table}, checked here. Refusals are
 * {@link EscrowRuleException}s with stable codes.
 */
public final class Escrow {

    /** The longest note an admin may give with a decision. */
    public static final int MAX_NOTE = 1_000;

    private final UUID id;
    private final String code;
    private final Instant codeExpiresAt;
    private final String name;
    private final EscrowTerms terms;
    private final PartyRole creatorRole;
    private final Instant createdAt;
    private final long version;
    private boolean codeActive;
    private Party payer;
    private Party payee;
    private EscrowStatus status;
    private Payment payment;
    private boolean payerConfirmed;
    private boolean payeeConfirmed;
    private Payout payout;
    private int refundRound;
    private String refundReference;
    private Instant refundCompletedAt;
    private String lastError;
    private Instant lastErrorAt;
    private Decision decision;
    private Inspection inspection;
    private List<Milestone> milestones;

    private Escrow(EscrowSnapshot s) {
        this.id = s.id();
        this.code = s.code();
        this.codeExpiresAt = s.codeExpiresAt();
        this.codeActive = s.codeActive();
        this.name = s.name();
        this.terms = s.terms();
        this.creatorRole = s.creatorRole();
        this.payer = s.payer();
        this.payee = s.payee();
        this.status = s.status();
        this.payment = s.payment();
        this.payerConfirmed = s.payerConfirmed();
        this.payeeConfirmed = s.payeeConfirmed();
        this.payout = s.payout();
        this.refundRound = s.refundRound();
        this.refundReference = s.refundReference();
        this.refundCompletedAt = s.refundCompletedAt();
        this.lastError = s.lastError();
        this.lastErrorAt = s.lastErrorAt();
        this.createdAt = s.createdAt();
        this.version = s.version();
        this.decision = s.decision();
        this.inspection = s.inspection();
        this.milestones = s.milestones();
    }

    /** A new escrow and the event that announces it. */
    public record Creation(Escrow escrow, List<EscrowEvent> events) {}

    public static Creation open(
            UUID id,
            EscrowTerms terms,
            PartyRole role,
            Party creator,
            String code,
            String name,
            Instant now,
            Duration codeTtl) {
        return open(id, terms, role, creator, code, name, now, codeTtl, List.of());
    }

    /**
     * A new escrow released in {@code milestones} (ADR 0021; checked by {@link Milestone#plan}), or as one when the
     * list is empty.
     */
    public static Creation open(
            UUID id,
            EscrowTerms terms,
            PartyRole role,
            Party creator,
            String code,
            String name,
            Instant now,
            Duration codeTtl,
            List<Milestone> milestones) {
        if (milestones.stream().mapToLong(Milestone::amountPaise).sum() != terms.amountPaise()
                && !milestones.isEmpty()) {
            throw new IllegalArgumentException("The milestones do not add up to the escrow's amount");
        }
        Instant expiresAt = now.plus(codeTtl);
        Escrow escrow = new Escrow(new EscrowSnapshot(
                id,
                code,
                expiresAt,
                true,
                name,
                terms,
                role,
                role == PartyRole.PAYER ? creator : null,
                role == PartyRole.PAYEE ? creator : null,
                AWAITING_PARTNER,
                Payment.none(),
                false,
                false,
                Payout.none(),
                0,
                null,
                null,
                null,
                null,
                now,
                0,
                null,
                Inspection.none(),
                milestones));
        Opened opened = new Opened(
                new Transition(null, AWAITING_PARTNER),
                code,
                name,
                terms.title(),
                terms.amountPaise(),
                role,
                creator.userId(),
                expiresAt,
                milestones);
        return new Creation(escrow, List.of(opened));
    }

    public static Escrow restore(EscrowSnapshot snapshot) {
        return new Escrow(snapshot);
    }

    public EscrowSnapshot snapshot() {
        return new EscrowSnapshot(
                id,
                code,
                codeExpiresAt,
                codeActive,
                name,
                terms,
                creatorRole,
                payer,
                payee,
                status,
                payment,
                payerConfirmed,
                payeeConfirmed,
                payout,
                refundRound,
                refundReference,
                refundCompletedAt,
                lastError,
                lastErrorAt,
                createdAt,
                version,
                decision,
                inspection,
                milestones);
    }

    // ---- party actions -------------------------------------------------------------------------------------

    public CodeState codeState(Instant now) {
        if (status == EXPIRED || (status == AWAITING_PARTNER && !now.isBefore(codeExpiresAt))) {
            return CodeState.EXPIRED;
        }
        if (status == CANCELLED) {
            return CodeState.CANCELLED;
        }
        return codeActive ? CodeState.USABLE : CodeState.USED;
    }

    /**
     * Refuses a code that cannot be joined with, saying why, each with its own code: it expired
     * ({@code CODE_EXPIRED}), its escrow was cancelled ({@code CODE_CANCELLED}) or someone joined already
     * ({@code CODE_USED}).
     */
    public void requireUsableCode(Instant now) {
        switch (codeState(now)) {
            case EXPIRED ->
                throw new EscrowRuleException(
                        Kind.CODE_GONE,
                        "CODE_EXPIRED",
                        "This code expired before anyone joined: ask your partner to create a new escrow");
            case CANCELLED ->
                throw new EscrowRuleException(
                        Kind.CODE_GONE,
                        "CODE_CANCELLED",
                        "This escrow was cancelled, so its code no longer works: ask your partner to create a new"
                                + " escrow");
            case USED ->
                throw new EscrowRuleException(Kind.CODE_GONE, "CODE_USED", "Someone has already joined with this code");
            case USABLE -> {}
        }
    }

    /** The partner joins with the code; payment is requested in the same step. */
    public List<EscrowEvent> join(Party partner, Instant now) {
        requireUsableCode(now);
        permit(rolesOf(partner.userId(), false), EscrowAction.JOIN, "join");
        Transition joined = move(AWAITING_PAYMENT, "join");
        if (creatorRole == PartyRole.PAYER) {
            payee = partner;
        } else {
            payer = partner;
        }
        codeActive = false;
        return List.of(new PartnerJoined(joined, payer.userId(), payee.userId()), requestPayment(now, "request"));
    }

    /** "I have paid": ask payment-service to look at the provider now. */
    public List<EscrowEvent> checkPayment(Actor actor) {
        permit(rolesOf(actor), EscrowAction.CHECK_PAYMENT, "check the payment of");
        return List.of(new PaymentCheckRequested(stay(), payment.attempt(), actor.userId()));
    }

    public List<EscrowEvent> retryPayment(Actor actor, Instant now) {
        permit(rolesOf(actor), EscrowAction.RETRY_PAYMENT, "retry the payment of");
        return List.of(requestPayment(now, "retry the payment of"));
    }

    public List<EscrowEvent> confirm(Actor actor) {
        permit(rolesOf(actor), EscrowAction.CONFIRM, "confirm");
        requireNoMilestones();
        PartyRole role = roleOf(actor.userId()).orElseThrow();
        if (confirmedBy(role)) {
            return List.of();
        }
        if (role == PartyRole.PAYER) {
            payerConfirmed = true;
        } else {
            payeeConfirmed = true;
        }
        List<EscrowEvent> events = new ArrayList<>();
        events.add(new PartyConfirmed(stay(), role, actor.userId()));
        if (payerConfirmed && payeeConfirmed) {
            events.add(startRelease("release", null));
        }
        return events;
    }

    /**
     * Cancels before the money is held, or refunds it after. Once the money is held only the payee (who gives
     * up the money) or an admin may cancel; a payer who wants the money back opens a dispute.
     */
    public List<EscrowEvent> cancel(Actor actor, String reason) {
        permit(rolesOf(actor), EscrowAction.CANCEL, "cancel");
        if (status == HELD) {
            requireNoPayoutUnderWay();
            return List.of(refundTheRest(reasonOr(reason, "Cancelled after payment")));
        }
        EscrowStatus before = status;
        Transition cancelled = move(CANCELLED, "cancel");
        codeActive = false;
        int withdraw = before == AWAITING_PARTNER ? 0 : payment.attempt();
        return List.of(new Cancelled(cancelled, actor.userId(), reason, withdraw));
    }

    public List<EscrowEvent> dispute(Actor actor, String reason) {
        Set<Role> roles = rolesOf(actor);
        EscrowAction.DISPUTE.requireRole(roles);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "REASON_REQUIRED", "Say why you dispute the deal");
        }
        EscrowAction.DISPUTE.requireStatus(status, roles, "dispute");
        requireNoPayoutUnderWay();
        return List.of(new Disputed(move(DISPUTED, "dispute"), actor.userId(), reason.strip()));
    }

    // ---- the inspection period (ADR 0018) ----------------------------------------------------------------------

    /**
     * The payee says the deal is delivered. It counts as the payee's confirmation and starts the payer's inspection
     * period of {@link EscrowTerms#inspectionDays()} days: the payer confirms (which releases the money) or disputes
     * before it ends, or the money is released automatically ({@link #releaseAfterInspection}). If the payer had
     * already confirmed, the release starts at once. Marking it again changes nothing (a retried request).
     */
    public List<EscrowEvent> markDelivered(Actor actor, Instant now) {
        return markDelivered(actor, now, Duration.ofDays(1));
    }

    /**
     * As {@link #markDelivered(Actor, Instant)}, with a day of the inspection period lasting {@code dayLength}: one day
     * in production, seconds in the sandbox's system tests ({@code trustpay.escrow.inspection-day-length}).
     */
    public List<EscrowEvent> markDelivered(Actor actor, Instant now, Duration dayLength) {
        permit(rolesOf(actor), EscrowAction.MARK_DELIVERED, "mark delivered");
        requireNoMilestones();
        if (inspection.delivered()) {
            return List.of();
        }
        // to the database's precision, so the answer to this request and every later read show the same moments
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        inspection = Inspection.started(at, at.plus(dayLength.multipliedBy(terms.inspectionDays())));
        payeeConfirmed = true;
        List<EscrowEvent> events = new ArrayList<>();
        events.add(new DeliveryMarked(stay(), payee.userId(), inspection.deliveredAt(), inspection.endsAt()));
        if (payerConfirmed) {
            events.add(startRelease("release", null));
        }
        return events;
    }

    /**
     * The reminder that the inspection period ends soon, once: only while the money is held after a delivery, the
     * period has not ended yet and no reminder was sent. Anything else changes nothing.
     */
    public List<EscrowEvent> remindInspectionEnding(Instant now) {
        if (status != HELD
                || !inspection.delivered()
                || inspection.reminderSentAt() != null
                || !now.isBefore(inspection.endsAt())) {
            return List.of();
        }
        inspection = inspection.reminded(now);
        return List.of(new InspectionEndingSoon(stay(), inspection.endsAt()));
    }

    /**
     * The inspection period ended with neither a confirmation nor a dispute: the money is released to the payee,
     * decided by nobody. Before the end, after a dispute, a cancel or a release, it changes nothing, so a sweep that
     * comes twice releases once.
     */
    public List<EscrowEvent> releaseAfterInspection(Instant now) {
        if (status != HELD || !inspection.delivered() || now.isBefore(inspection.endsAt())) {
            return List.of();
        }
        inspection = inspection.autoReleased(now.truncatedTo(ChronoUnit.MICROS));
        return List.of(
                new AutoReleased(stay(), payment.paidAmountPaise(), inspection.endsAt()),
                startRelease("release after the inspection period of", null));
    }

    public Inspection inspection() {
        return inspection;
    }

    // ---- admin actions ----------------------------------------------------------------------------------------

    /**
     * An admin decides a dispute (or a release that failed for good): pay the payee, or refund the payer. An admin who
     * is the payer or the payee of this escrow may not decide it ({@code PARTY_CANNOT_RESOLVE}); the note has at most
     * {@value #MAX_NOTE} characters ({@code NOTE_TOO_LONG}, 422). The decision (outcome, note, who and when) is
     * kept, for both parties to see, and announced before the money moves.
     */
    public List<EscrowEvent> resolve(Actor actor, boolean releaseToPayee, String note, Instant now) {
        requireDecider(actor, EscrowAction.RESOLVE, note, "resolve");
        requireNoPayoutUnderWay();
        DisputeResolved resolved = decide(actor, releaseToPayee, note, now);
        List<EscrowEvent> events = new ArrayList<>(List.of(resolved));
        if (releaseToPayee && !milestones.isEmpty()) {
            events.addAll(startMilestoneReleases(unpaidMilestones(), "resolve"));
        } else if (releaseToPayee) {
            events.add(startRelease("resolve", null));
        } else {
            events.add(refundTheRest(reasonOr(note, "Resolved for the payer")));
        }
        return events;
    }

    /**
     * An admin splits a disputed escrow (ADR 0021): {@code releasePaise} of what is still held is paid to the payee,
     * the rest refunded to the payer. What is held is the amount collected less the milestones already paid; the
     * release is at least 1 paisa and leaves at least 1 paisa to refund ({@code SPLIT_OUT_OF_RANGE}, 400). Who may
     * decide and the note's bound are those of {@link #resolve}. The payout goes first (one ReleaseFunds for the
     * escrow as one, milestone null); when it succeeded the rest is refunded ({@link #payoutSucceeded}), so the
     * escrow is never paying out and refunding at once.
     */
    public List<EscrowEvent> split(Actor actor, Long releasePaise, String note, Instant now) {
        requireDecider(actor, EscrowAction.RESOLVE_SPLIT, note, "split");
        requireNoPayoutUnderWay();
        long held = heldPaise();
        if (releasePaise == null || releasePaise < 1 || releasePaise > held - 1) {
            throw new InvalidInputException(
                    "releasePaise",
                    "SPLIT_OUT_OF_RANGE",
                    "A split pays the payee between " + AmountLimits.rupees(1) + " and " + AmountLimits.rupees(held - 1)
                            + " of the " + AmountLimits.rupees(held) + " held; the rest is refunded");
        }
        String kept = note == null || note.isBlank() ? null : note.strip();
        decision = new Decision(
                Decision.Outcome.SPLIT, status, kept, actor.userId(), now, releasePaise, held - releasePaise);
        settleUnpaidMilestones(Milestone.Status.SPLIT);
        return List.of(new DisputeResolved(stay(), decision, held), startRelease("split", null));
    }

    /**
     * Both parties confirm milestone {@code number} of an escrow released in milestones (ADR 0021): once both did,
     * its amount is paid out on its own. Confirming again, or a milestone no longer held, changes nothing. An escrow
     * without milestones refuses it ({@code NO_MILESTONES}); a number it does not have is {@code UNKNOWN_MILESTONE}.
     */
    public List<EscrowEvent> confirmMilestone(Actor actor, int number) {
        permit(rolesOf(actor), EscrowAction.CONFIRM_MILESTONE, "confirm a milestone of");
        if (milestones.isEmpty()) {
            throw new EscrowRuleException(
                    Kind.CONFLICT, "NO_MILESTONES", "This escrow has no milestones: confirm the escrow as a whole");
        }
        Milestone milestone = milestone(number)
                .orElseThrow(() -> new InvalidInputException(
                        "milestone", "UNKNOWN_MILESTONE", "This escrow has no milestone " + number));
        PartyRole role = roleOf(actor.userId()).orElseThrow();
        if (!milestone.held() || milestone.confirmedBy(role)) {
            return List.of();
        }
        Milestone confirmed = milestone.confirmed(role);
        replace(confirmed);
        List<EscrowEvent> events = new ArrayList<>();
        events.add(new PartyConfirmed(stay(), role, actor.userId(), number));
        if (confirmed.payerConfirmed() && confirmed.payeeConfirmed()) {
            events.addAll(startMilestoneReleases(List.of(confirmed), "release a milestone of"));
        }
        return events;
    }

    /** The milestones, in order; empty for an escrow released as one. */
    public List<Milestone> milestones() {
        return milestones;
    }

    /**
     * What is still held for the parties: the amount collected less what milestones already paid out (the whole
     * amount collected for an escrow without milestones).
     */
    public long heldPaise() {
        long paid = milestones.stream()
                .filter(m -> m.status() == Milestone.Status.PAID)
                .mapToLong(Milestone::amountPaise)
                .sum();
        return payment.paidAmountPaise() - paid;
    }

    /** The actions {@code actor} may take on milestone {@code milestone} now. */
    public Set<EscrowAction> allowedActions(Actor actor, Milestone milestone) {
        Set<EscrowAction> allowed = EnumSet.noneOf(EscrowAction.class);
        Optional<PartyRole> role = roleOf(actor.userId());
        if (allowedActions(actor).contains(EscrowAction.CONFIRM_MILESTONE)
                && milestone.held()
                && role.isPresent()
                && !milestone.confirmedBy(role.get())) {
            allowed.add(EscrowAction.CONFIRM_MILESTONE);
        }
        return allowed;
    }

    /**
     * Adds a message to the thread of a disputed escrow: by the payer, the payee or any admin (an admin who is a
     * party writes as that party). The text is stripped and has 1 to {@value DisputeMessage#MAX_TEXT} characters
     * ({@code MESSAGE_REQUIRED}, {@code MESSAGE_TOO_LONG}); in any other status than DISPUTED it is refused
     * ({@code ILLEGAL_TRANSITION}). The status does not change.
     */
    public List<EscrowEvent> postDisputeMessage(Actor actor, String text, UUID messageId, Instant now) {
        Set<Role> roles = rolesOf(actor);
        EscrowAction.POST_DISPUTE_MESSAGE.requireRole(roles);
        String body = DisputeMessage.text(text);
        EscrowAction.POST_DISPUTE_MESSAGE.requireStatus(status, roles, "write in the dispute of");
        DisputeMessage.Author author = roles.contains(Role.PAYER)
                ? DisputeMessage.Author.PAYER
                : roles.contains(Role.PAYEE) ? DisputeMessage.Author.PAYEE : DisputeMessage.Author.ADMIN;
        return List.of(
                new DisputeMessagePosted(stay(), new DisputeMessage(messageId, actor.userId(), author, body, now)));
    }

    /**
     * An admin decides what happens to a payout the bank reversed (PAYOUT_REVERSED, ADR 0014): pay the payee again,
     * in a new round whose ReleaseFunds names the reversed payout (payment-service pays no one again without it), or
     * refund the payer the amount collected. Who may decide and the note's bound are those of {@link #resolve}; in
     * any other status the decision is refused ({@code ILLEGAL_TRANSITION}, 409). Like {@link #resolve}, the decision
     * (outcome, note, who and when) is kept for both parties to see and announced before the money moves.
     */
    public List<EscrowEvent> decideReversal(Actor actor, boolean payAgain, String note, Instant now) {
        requireDecider(actor, EscrowAction.DECIDE_REVERSAL, note, "decide a reversed payout of");
        DisputeResolved decided = decide(actor, payAgain, note, now);
        if (payAgain) {
            return List.of(decided, startRelease("pay again", payout.reversedReference()));
        }
        return List.of(decided, startRefund(payment.paidAmountPaise(), reasonOr(note, "The bank returned the payout")));
    }

    public List<EscrowEvent> retryRelease(Actor actor) {
        permit(rolesOf(actor), EscrowAction.RETRY_RELEASE, "retry the release of");
        List<Milestone> failed = milestones.stream()
                .filter(m -> m.status() == Milestone.Status.RELEASE_FAILED)
                .toList();
        if (!failed.isEmpty()) {
            return startMilestoneReleases(failed, "retry the release of");
        }
        return List.of(startRelease("retry the release of", null));
    }

    /** An admin sends a refund that failed again, for the whole amount collected. */
    public List<EscrowEvent> retryRefund(Actor actor) {
        permit(rolesOf(actor), EscrowAction.RETRY_REFUND, "retry the refund of");
        return List.of(startRefund("retry the refund of", refundPaise(), "Refund retried by an admin"));
    }

    /** Nobody joined in time: the escrow expires (nothing happens before the code's time is up). */
    public List<EscrowEvent> expireCode(Instant now) {
        if (status != AWAITING_PARTNER || now.isBefore(codeExpiresAt)) {
            return List.of();
        }
        codeActive = false;
        return List.of(new CodeExpired(move(EXPIRED, "expire"), code));
    }

    // ---- outcomes reported by payment-service -----------------------------------------------------------------

    /** Remembers how the payer can pay the current attempt; offers of older attempts and repeats change nothing. */
    public List<EscrowEvent> paymentOffered(PaymentOffer offer) {
        if (offer.attempt() != payment.attempt() || payment.offer() != null) {
            return List.of();
        }
        payment = payment.offered(offer);
        return List.of(new PaymentOffered(stay(), offer.attempt(), offer.reference()));
    }

    /**
     * Money arrived. It is held if the amount is right and nothing was held yet, whichever attempt it paid;
     * after a cancel it is refunded; anything else is reported to operators, never dropped.
     */
    public List<EscrowEvent> paymentSucceeded(PaymentReceipt receipt, Instant now) {
        if (payment.received()) {
            if (receipt.attempt() == payment.paidAttempt()) {
                return List.of();
            }
            return List.of(anomaly(
                    "DUPLICATE_PAYMENT",
                    true,
                    "Attempt " + receipt.attempt() + " was paid (" + receipt.amountPaise() + " paise) after attempt "
                            + payment.paidAttempt() + " had already been paid: refund it by hand",
                    now));
        }
        if (status == CANCELLED) {
            payment = payment.received(receipt);
            return List.of(startRefund(receipt.amountPaise(), "Payment arrived after the escrow was cancelled"));
        }
        if (status != PAYMENT_PENDING && status != PAYMENT_FAILED) {
            return List.of(
                    anomaly("UNEXPECTED_PAYMENT", true, "A payment arrived while the escrow was " + status, now));
        }
        if (receipt.amountPaise() != terms.amountPaise()) {
            return List.of(anomaly(
                    "AMOUNT_MISMATCH",
                    true,
                    "Received " + receipt.amountPaise() + " paise for attempt " + receipt.attempt() + ", expected "
                            + terms.amountPaise(),
                    now));
        }
        Transition held = move(HELD, "hold the payment of");
        payment = payment.received(receipt);
        lastError = null;
        lastErrorAt = null;
        return List.of(new FundsHeld(held, receipt.attempt(), receipt.amountPaise(), receipt.reference()));
    }

    /**
     * payment-service is giving back money that was not this escrow's to hold (a second payment, a wrong amount, a
     * payment on a withdrawn attempt; its ADR 0012): a history entry only — the escrow's state, held amount and
     * error are unchanged, and payment-service already alerted operators.
     */
    public List<EscrowEvent> paymentReturned(int attempt, long amountPaise, String code, String refundReference) {
        String words =
                switch (code == null ? "" : code) {
                    case "DUPLICATE_PAYMENT" -> "a second payment";
                    case "AMOUNT_MISMATCH" -> "a payment of the wrong amount";
                    case "LATE_PAYMENT" -> "a payment on a withdrawn or expired request";
                    default -> "a payment that was not held";
                };
        return List.of(new AnomalyDetected(
                stay(),
                "PAYMENT_RETURNED",
                false,
                amountPaise + " paise paid on attempt " + attempt + " (" + words + ") are being refunded to the payer"
                        + " automatically, reference " + refundReference));
    }

    /** The current attempt failed or expired; outcomes of older attempts change nothing. */
    public List<EscrowEvent> paymentLapsed(int attempt, PaymentStatus outcome, String reason, Instant now) {
        if (status != PAYMENT_PENDING || attempt != payment.attempt()) {
            return List.of();
        }
        Transition lapsed = move(PAYMENT_FAILED, "fail the payment of");
        payment = payment.lapsed(outcome, reason);
        recordError(reason, now);
        return List.of(new PaymentLapsed(lapsed, attempt, outcome, reason));
    }

    /** payment-service sent the payout of milestone {@code number} (or of the escrow as one, null) to the bank. */
    public List<EscrowEvent> payoutInitiated(String reference, Instant at, Integer number) {
        if (number == null) {
            return payoutInitiated(reference, at);
        }
        Optional<Milestone> found = milestone(number).filter(m -> m.status() == Milestone.Status.RELEASING);
        if (found.isEmpty() || reference == null || reference.equals(found.get().payoutReference())) {
            return List.of();
        }
        replace(found.get().initiated(reference));
        return List.of(new PayoutInitiated(stay(), found.get().round(), reference));
    }

    /** payment-service sent the payout to the bank; the same reference reported again changes nothing. */
    public List<EscrowEvent> payoutInitiated(String reference, Instant at) {
        if (reference != null && reference.equals(payout.reference()) && payout.initiatedAt() != null) {
            return List.of();
        }
        payout = payout.initiated(reference, at);
        return List.of(new PayoutInitiated(stay(), payout.round(), reference));
    }

    /** A payout attempt failed and payment-service tries again: the error is shown until the payout settles. */
    public List<EscrowEvent> payoutRetryScheduled(String reason, Instant now) {
        recordError("Payout attempt failed, retrying: " + reason, now);
        return List.of(new PayoutRetryScheduled(stay(), payout.round(), reason));
    }

    /**
     * Milestone {@code number} was paid (ADR 0021): it is PAID, once — a redelivered or repeated success changes
     * nothing — and when every milestone is paid the escrow is RELEASED. With {@code number} null, the payout of the
     * escrow as one or of an admin's split.
     */
    public List<EscrowEvent> payoutSucceeded(
            String reference, String utr, long amountPaise, Instant at, Instant now, Integer number) {
        if (number == null) {
            return payoutSucceeded(reference, utr, amountPaise, at, now);
        }
        Optional<Milestone> found = milestone(number);
        if (found.isPresent() && found.get().status() == Milestone.Status.PAID) {
            if (reference == null || reference.equals(found.get().payoutReference())) {
                return List.of();
            }
            return List.of(anomaly(
                    "DUPLICATE_PAYOUT",
                    true,
                    "Milestone " + number + " was paid again (" + amountPaise + " paise, " + reference
                            + ") after payout " + found.get().payoutReference() + ": recover it by hand",
                    now));
        }
        if (found.isEmpty()
                || (found.get().status() != Milestone.Status.RELEASING
                        && found.get().status() != Milestone.Status.RELEASE_FAILED)) {
            return List.of(anomaly(
                    "UNEXPECTED_PAYOUT",
                    true,
                    "A payout of milestone " + number + " (" + amountPaise + " paise, " + reference
                            + ") succeeded while it was "
                            + found.map(m -> m.status().name()).orElse("unknown"),
                    now));
        }
        replace(found.get().paid(reference, utr, at));
        Transition after = afterMilestonePayout();
        if (after.to() == RELEASED) {
            payout = payout.completed(reference, utr, at);
        }
        if (after.from() != after.to()) {
            lastError = null;
            lastErrorAt = null;
        }
        return List.of(new Released(after, found.get().amountPaise(), reference, number));
    }

    /** The payee was paid; {@code utr} is the bank's reference of the payout, when the provider reported it. */
    public List<EscrowEvent> payoutSucceeded(String reference, String utr, long amountPaise, Instant at, Instant now) {
        if (status == RELEASED || (reference != null && reference.equals(payout.reversedReference()))) {
            return List.of();
        }
        if (splitDecided() && (status == RELEASING || status == RELEASE_FAILED)) {
            // the split's payout is done: now the rest goes back, so the two never run at once (ADR 0021)
            payout = payout.completed(reference, utr, at);
            lastError = null;
            lastErrorAt = null;
            return List.of(
                    new Released(stay(), amountPaise, reference),
                    startRefund(decision.refundPaise(), reasonOr(decision.note(), "The rest of an admin's split")));
        }
        if (status != RELEASING && status != RELEASE_FAILED) {
            return List.of(
                    anomaly("UNEXPECTED_PAYOUT", true, "A payout succeeded while the escrow was " + status, now));
        }
        Transition released = move(RELEASED, "complete the release of");
        payout = payout.completed(reference, utr, at);
        lastError = null;
        lastErrorAt = null;
        return List.of(new Released(released, amountPaise, reference));
    }

    /**
     * The bank returned a payout that had succeeded: the money is back with payment-service, nobody was paid, and the
     * escrow waits in PAYOUT_REVERSED for an admin's decision. Only a RELEASED escrow is reversed; a duplicate, or a
     * reversal reported in any other status, changes nothing.
     */
    public List<EscrowEvent> payoutReversed(
            String reference, long amountPaise, String reason, Instant now, Integer number) {
        if (number != null) {
            // one milestone's payout returned: not decided by the state machine yet (ADR 0021); operators decide
            return List.of(anomaly(
                    "MILESTONE_PAYOUT_REVERSED",
                    true,
                    "The bank returned payout " + reference + " of milestone " + number + " (" + amountPaise
                            + " paise): " + reason + "; decide by hand",
                    now));
        }
        return payoutReversed(reference, amountPaise, reason, now);
    }

    public List<EscrowEvent> payoutReversed(String reference, long amountPaise, String reason, Instant now) {
        if (status != RELEASED) {
            return List.of();
        }
        Transition reversed = move(PAYOUT_REVERSED, "reverse the payout of");
        payout = payout.reversed(reference);
        recordError("The bank returned payout " + reference + ": " + reason, now);
        return List.of(new ReleaseReversed(reversed, amountPaise, reference, reason));
    }

    /**
     * The payout round {@code round} of milestone {@code number} failed for good: the milestone waits for an admin,
     * and so does the escrow (RELEASE_FAILED), whose other milestones cannot be released until an admin retried or
     * decided. Failures of an older round change nothing.
     */
    public List<EscrowEvent> payoutFailed(int round, String reason, Instant now, Integer number) {
        if (number == null) {
            return payoutFailed(round, reason, now);
        }
        Optional<Milestone> found =
                milestone(number).filter(m -> m.status() == Milestone.Status.RELEASING && m.round() == round);
        if (found.isEmpty()) {
            return List.of();
        }
        replace(found.get().with(Milestone.Status.RELEASE_FAILED));
        recordError("Milestone " + number + ": " + reason, now);
        Transition failed = status == RELEASE_FAILED ? stay() : move(RELEASE_FAILED, "fail the release of");
        return List.of(new ReleaseFailed(failed, round, reason, number));
    }

    /** A payout round failed for good; failures of an older round change nothing. */
    public List<EscrowEvent> payoutFailed(int round, String reason, Instant now) {
        if (status != RELEASING || round != payout.round()) {
            return List.of();
        }
        Transition failed = move(RELEASE_FAILED, "fail the release of");
        recordError(reason, now);
        return List.of(new ReleaseFailed(failed, round, reason));
    }

    /** The refund went through; also when it is confirmed after it was reported failed (REFUND_FAILED). */
    public List<EscrowEvent> refundSucceeded(String reference, long amountPaise, Instant at, Instant now) {
        if (status == REFUNDED) {
            return List.of();
        }
        if (status != REFUNDING && status != REFUND_FAILED) {
            return List.of(
                    anomaly("UNEXPECTED_REFUND", true, "A refund succeeded while the escrow was " + status, now));
        }
        Transition refunded = move(REFUNDED, "complete the refund of");
        refundReference = reference;
        refundCompletedAt = at;
        lastError = null;
        lastErrorAt = null;
        return List.of(new Refunded(refunded, amountPaise, reference));
    }

    /**
     * The refund under way was refused or given up: the money is still with us, so the escrow waits in
     * REFUND_FAILED for an admin to retry it. In any other status only the error is recorded (payment-service
     * alerts operators about every failed refund).
     */
    public List<EscrowEvent> refundFailed(String reference, long amountPaise, String reason, Instant now) {
        recordError("Refund failed: " + reason, now);
        if (status != REFUNDING) {
            return List.of();
        }
        return List.of(new RefundFailed(move(REFUND_FAILED, "fail the refund of"), reference, amountPaise, reason));
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    public Optional<PartyRole> roleOf(UUID userId) {
        if (payer != null && payer.userId().equals(userId)) {
            return Optional.of(PartyRole.PAYER);
        }
        if (payee != null && payee.userId().equals(userId)) {
            return Optional.of(PartyRole.PAYEE);
        }
        return Optional.empty();
    }

    /**
     * The actions {@code actor} may take now, from the {@link EscrowAction action table} for their roles and the
     * current status; a party who already confirmed is not offered {@link EscrowAction#CONFIRM} again (it would
     * change nothing), nor is {@link EscrowAction#MARK_DELIVERED} offered once the delivery was marked.
     */
    public Set<EscrowAction> allowedActions(Actor actor) {
        Set<EscrowAction> allowed = EscrowAction.allowed(status, rolesOf(actor));
        roleOf(actor.userId()).filter(this::confirmedBy).ifPresent(role -> allowed.remove(EscrowAction.CONFIRM));
        if (inspection.delivered()) {
            allowed.remove(EscrowAction.MARK_DELIVERED);
        }
        if (milestones.isEmpty()) {
            allowed.remove(EscrowAction.CONFIRM_MILESTONE);
        } else {
            allowed.remove(EscrowAction.CONFIRM);
            allowed.remove(EscrowAction.MARK_DELIVERED);
            Optional<PartyRole> role = roleOf(actor.userId());
            if (role.isEmpty() || milestones.stream().noneMatch(m -> m.held() && !m.confirmedBy(role.get()))) {
                allowed.remove(EscrowAction.CONFIRM_MILESTONE);
            }
        }
        if (payoutUnderWay()) {
            allowed.removeAll(EnumSet.of(
                    EscrowAction.CANCEL, EscrowAction.DISPUTE, EscrowAction.RESOLVE, EscrowAction.RESOLVE_SPLIT));
        }
        return allowed;
    }

    /** The roles {@code actor} plays in this escrow: payer or payee, else newcomer; and admin, if they are one. */
    public Set<Role> rolesOf(Actor actor) {
        return rolesOf(actor.userId(), actor.admin());
    }

    private Set<Role> rolesOf(UUID userId, boolean admin) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (payer != null && payer.userId().equals(userId)) {
            roles.add(Role.PAYER);
        }
        if (payee != null && payee.userId().equals(userId)) {
            roles.add(Role.PAYEE);
        }
        if (roles.isEmpty()) {
            roles.add(Role.NEWCOMER);
        }
        if (admin) {
            roles.add(Role.ADMIN);
        }
        return roles;
    }

    public boolean isVisibleTo(Actor actor) {
        return actor.admin() || roleOf(actor.userId()).isPresent();
    }

    public boolean confirmedBy(PartyRole role) {
        return role == PartyRole.PAYER ? payerConfirmed : payeeConfirmed;
    }

    public Party creator() {
        return creatorRole == PartyRole.PAYER ? payer : payee;
    }

    public UUID id() {
        return id;
    }

    public EscrowStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Payout payout() {
        return payout;
    }

    public Payment payment() {
        return payment;
    }

    /** The latest admin decision of a dispute, a failed release or a returned payout, if there was one. */
    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public EscrowTerms terms() {
        return terms;
    }

    public String code() {
        return code;
    }

    // ---- internals ----------------------------------------------------------------------------------------------

    private Transition move(EscrowStatus target, String action) {
        EscrowTransitions.check(status, target, action);
        Transition transition = new Transition(status, target);
        status = target;
        return transition;
    }

    private Transition stay() {
        return new Transition(status, status);
    }

    private PaymentAwaited requestPayment(Instant now, String action) {
        Transition pending = move(PAYMENT_PENDING, action);
        payment = payment.nextAttempt(now);
        return new PaymentAwaited(
                pending,
                payment.attempt(),
                terms.amountPaise(),
                payer.vpa(),
                payer.name(),
                terms.paymentMode(),
                "TrustPay " + name);
    }

    /** @param answersReversal the reversed payout this round answers (an admin's "pay again"), or null */
    private ReleaseStarted startRelease(String action, String answersReversal) {
        Transition releasing = move(RELEASING, action);
        payout = payout.nextRound();
        long amount = splitDecided() ? decision.releasePaise() : payment.paidAmountPaise();
        return new ReleaseStarted(releasing, payout.round(), amount, payee.vpa(), payee.name(), answersReversal);
    }

    /**
     * Starts the payout of each of {@code chosen}, each its own ReleaseFunds; the escrow stays HELD while another
     * milestone is still held, else it is RELEASING. The first event carries the move.
     */
    private List<EscrowEvent> startMilestoneReleases(List<Milestone> chosen, String action) {
        for (Milestone m : chosen) {
            replace(milestone(m.number()).orElseThrow().releasing());
        }
        EscrowStatus target = milestones.stream().anyMatch(Milestone::held) ? HELD : RELEASING;
        Transition first = status == target ? stay() : move(target, action);
        List<EscrowEvent> events = new ArrayList<>();
        for (Milestone m : chosen) {
            Milestone releasing = milestone(m.number()).orElseThrow();
            events.add(new ReleaseStarted(
                    events.isEmpty() ? first : stay(),
                    releasing.round(),
                    releasing.amountPaise(),
                    payee.vpa(),
                    payee.name(),
                    null,
                    releasing.number()));
        }
        return events;
    }

    /** Where the escrow goes when a milestone was paid: RELEASED once all are, back from RELEASE_FAILED when none is. */
    private Transition afterMilestonePayout() {
        boolean allPaid = milestones.stream().allMatch(m -> m.status() == Milestone.Status.PAID);
        if (allPaid && (status == RELEASING || status == RELEASE_FAILED)) {
            return move(RELEASED, "complete the release of");
        }
        boolean failed = milestones.stream().anyMatch(m -> m.status() == Milestone.Status.RELEASE_FAILED);
        if (status == RELEASE_FAILED && !failed) {
            return move(milestones.stream().anyMatch(Milestone::held) ? HELD : RELEASING, "complete the release of");
        }
        return stay();
    }

    /** Refunds what is still held (all of it, or what no milestone paid); the unpaid milestones are refunded. */
    private RefundStarted refundTheRest(String reason) {
        long rest = heldPaise();
        settleUnpaidMilestones(Milestone.Status.REFUNDED);
        return startRefund(rest, reason);
    }

    /** What a refund (first or retried) gives back: the rest of a split, or all that is still held. */
    private long refundPaise() {
        return splitDecided() ? decision.refundPaise() : heldPaise();
    }

    private void settleUnpaidMilestones(Milestone.Status settled) {
        milestones = milestones.stream()
                .map(m -> m.status() == Milestone.Status.PAID ? m : m.with(settled))
                .toList();
    }

    private List<Milestone> unpaidMilestones() {
        return milestones.stream()
                .filter(m -> m.status() != Milestone.Status.PAID)
                .toList();
    }

    private boolean splitDecided() {
        return decision != null && decision.outcome() == Decision.Outcome.SPLIT;
    }

    private Optional<Milestone> milestone(int number) {
        return milestones.stream().filter(m -> m.number() == number).findFirst();
    }

    private void replace(Milestone changed) {
        milestones = milestones.stream()
                .map(m -> m.number() == changed.number() ? changed : m)
                .toList();
    }

    private boolean payoutUnderWay() {
        return milestones.stream().anyMatch(m -> m.status() == Milestone.Status.RELEASING);
    }

    /**
     * Refuses to cancel, dispute or decide while a milestone's payout is under way ({@code MILESTONE_PAYOUT_UNDER_WAY},
     * 409): what is held is only known once it settled, and a refund never runs beside a payout (ADR 0021).
     */
    private void requireNoPayoutUnderWay() {
        if (payoutUnderWay()) {
            throw new EscrowRuleException(
                    Kind.CONFLICT,
                    "MILESTONE_PAYOUT_UNDER_WAY",
                    "A milestone's payout is under way: try again once it has settled");
        }
    }

    /** An escrow released in milestones is confirmed milestone by milestone ({@code MILESTONES_CONFIRM_EACH}). */
    private void requireNoMilestones() {
        if (!milestones.isEmpty()) {
            throw new EscrowRuleException(
                    Kind.CONFLICT,
                    "MILESTONES_CONFIRM_EACH",
                    "This escrow is released milestone by milestone: confirm each milestone when it is done");
        }
    }

    private RefundStarted startRefund(long amountPaise, String reason) {
        return startRefund("refund", amountPaise, reason);
    }

    /** Every refund, first or retried, gets the next number: payment-service refunds each (escrow, number) once. */
    private RefundStarted startRefund(String action, long amountPaise, String reason) {
        Transition refunding = move(REFUNDING, action);
        refundRound++;
        return new RefundStarted(refunding, amountPaise, reason, refundRound);
    }

    private AnomalyDetected anomaly(String kind, boolean critical, String detail, Instant now) {
        recordError(detail, now);
        return new AnomalyDetected(stay(), kind, critical, detail);
    }

    private void recordError(String error, Instant now) {
        lastError = error;
        lastErrorAt = now;
    }

    /** Refuses {@code action} unless the table lets these roles take it in the current status. */
    private void permit(Set<Role> roles, EscrowAction action, String verb) {
        action.requireRole(roles);
        action.requireStatus(status, roles, verb);
    }

    /**
     * An admin who is no party to this escrow ({@code ADMIN_ONLY}, {@code PARTY_CANNOT_RESOLVE}), with a note of at
     * most {@value #MAX_NOTE} characters ({@code NOTE_TOO_LONG}), in a status the table allows for {@code action}.
     */
    private void requireDecider(Actor actor, EscrowAction action, String note, String verb) {
        Set<Role> roles = rolesOf(actor);
        action.requireRole(roles);
        if (note != null && note.strip().codePointCount(0, note.strip().length()) > MAX_NOTE) {
            throw new EscrowRuleException(
                    Kind.UNACCEPTABLE_CONTENT,
                    "NOTE_TOO_LONG",
                    "The note may have at most " + MAX_NOTE + " characters",
                    "note");
        }
        action.requireStatus(status, roles, verb);
    }

    /** Keeps the decision of the current status (the note stripped, or null when blank) before the money moves. */
    private DisputeResolved decide(Actor actor, boolean releaseToPayee, String note, Instant now) {
        Decision.Outcome outcome =
                releaseToPayee ? Decision.Outcome.RELEASE_TO_PAYEE : Decision.Outcome.REFUND_TO_PAYER;
        String kept = note == null || note.isBlank() ? null : note.strip();
        decision = new Decision(outcome, status, kept, actor.userId(), now);
        return new DisputeResolved(stay(), decision, heldPaise());
    }

    private static String reasonOr(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason.strip();
    }
}
