package com.trustpay.escrow.escrow.domain;

import static com.trustpay.escrow.escrow.domain.EscrowStatus.*;

import com.trustpay.contracts.PartyRole;
import com.trustpay.escrow.escrow.domain.EscrowEvent.AnomalyDetected;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Cancelled;
import com.trustpay.escrow.escrow.domain.EscrowEvent.CodeExpired;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Disputed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.FundsHeld;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Opened;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PartnerJoined;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PartyConfirmed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PaymentAwaited;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PaymentCheckRequested;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PaymentLapsed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.RefundFailed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.RefundStarted;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Refunded;
import com.trustpay.escrow.escrow.domain.EscrowEvent.ReleaseFailed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.ReleaseReversed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.ReleaseStarted;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Released;
import com.trustpay.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The escrow aggregate. Every method checks the {@link EscrowTransitions transition table} before it changes
 * the status and returns the events it caused (an empty list when a message changes nothing, e.g. a duplicate
 * or an outcome of an older payment attempt). Access (party or admin) is checked by the caller; role rules
 * (only the payer retries a payment, …) are checked here.
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
                0));
        Opened opened = new Opened(
                new Transition(null, AWAITING_PARTNER),
                code,
                name,
                terms.title(),
                terms.amountPaise(),
                role,
                creator.userId(),
                expiresAt);
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
                version);
    }

    // ---- party actions -------------------------------------------------------------------------------------

    public CodeState codeState(Instant now) {
        if (status == EXPIRED || (status == AWAITING_PARTNER && !now.isBefore(codeExpiresAt))) {
            return CodeState.EXPIRED;
        }
        return codeActive ? CodeState.USABLE : CodeState.USED;
    }

    /** Refuses a code that expired ({@code CODE_EXPIRED}) or was used ({@code CODE_USED}) with 410. */
    public void requireUsableCode(Instant now) {
        switch (codeState(now)) {
            case EXPIRED ->
                throw new ProblemException(
                        ProblemException.Kind.GONE, "CODE_EXPIRED", "This code expired: ask for a new escrow");
            case USED ->
                throw new ProblemException(ProblemException.Kind.GONE, "CODE_USED", "This code was already used");
            case USABLE -> {}
        }
    }

    /** The partner joins with the code; payment is requested in the same step. */
    public List<EscrowEvent> join(Party partner, Instant now) {
        requireUsableCode(now);
        if (partner.userId().equals(creator().userId())) {
            throw ProblemException.conflict("SELF_JOIN", "You cannot join your own escrow");
        }
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
        if (status != PAYMENT_PENDING && status != PAYMENT_FAILED) {
            throw new IllegalTransitionException(status, "check the payment of");
        }
        return List.of(new PaymentCheckRequested(stay(), payment.attempt(), actor.userId()));
    }

    public List<EscrowEvent> retryPayment(Actor actor, Instant now) {
        requireRole(actor, PartyRole.PAYER, "retry the payment");
        if (status != PAYMENT_FAILED) {
            throw new IllegalTransitionException(status, "retry the payment of");
        }
        return List.of(requestPayment(now, "retry the payment of"));
    }

    public List<EscrowEvent> confirm(Actor actor) {
        PartyRole role = roleOf(actor.userId())
                .orElseThrow(() -> ProblemException.forbidden("ONLY_PARTIES", "Only the payer and payee confirm"));
        if (status != HELD) {
            throw new IllegalTransitionException(status, "confirm");
        }
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
        Optional<PartyRole> role = roleOf(actor.userId());
        if (status == HELD) {
            if (!actor.admin() && role.orElse(null) != PartyRole.PAYEE) {
                throw ProblemException.conflict(
                        "PAYER_CANNOT_CANCEL_HELD",
                        "The money is held: the payee can cancel and refund it, or you can open a dispute");
            }
            return List.of(startRefund(payment.paidAmountPaise(), reasonOr(reason, "Cancelled after payment")));
        }
        EscrowStatus before = status;
        Transition cancelled = move(CANCELLED, "cancel");
        codeActive = false;
        int withdraw = before == AWAITING_PARTNER ? 0 : payment.attempt();
        return List.of(new Cancelled(cancelled, actor.userId(), reason, withdraw));
    }

    public List<EscrowEvent> dispute(Actor actor, String reason) {
        if (roleOf(actor.userId()).isEmpty()) {
            throw ProblemException.forbidden("ONLY_PARTIES", "Only the payer and payee open a dispute");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "REASON_REQUIRED", "Say why you dispute the deal");
        }
        return List.of(new Disputed(move(DISPUTED, "dispute"), actor.userId(), reason.strip()));
    }

    // ---- admin actions ----------------------------------------------------------------------------------------

    /**
     * An admin decides a dispute (or a release that failed for good): pay the payee, or refund the payer. An admin who
     * is the payer or the payee of this escrow may not decide it ({@code PARTY_CANNOT_RESOLVE}); the note has at most
     * {@value #MAX_NOTE} characters ({@code NOTE_TOO_LONG}, 422).
     */
    public List<EscrowEvent> resolve(Actor actor, boolean releaseToPayee, String note) {
        requireDecider(actor, note);
        if (status != DISPUTED && status != RELEASE_FAILED) {
            throw new IllegalTransitionException(status, "resolve");
        }
        if (releaseToPayee) {
            return List.of(startRelease("resolve", null));
        }
        return List.of(startRefund(payment.paidAmountPaise(), reasonOr(note, "Resolved for the payer")));
    }

    /**
     * An admin decides what happens to a payout the bank reversed (PAYOUT_REVERSED, ADR 0014): pay the payee again,
     * in a new round whose ReleaseFunds names the reversed payout (payment-service pays no one again without it), or
     * refund the payer the amount collected. Who may decide and the note's bound are those of {@link #resolve}; in
     * any other status the decision is refused ({@code ILLEGAL_TRANSITION}, 409).
     */
    public List<EscrowEvent> decideReversal(Actor actor, boolean payAgain, String note) {
        requireDecider(actor, note);
        if (status != PAYOUT_REVERSED) {
            throw new IllegalTransitionException(status, "decide a reversed payout of");
        }
        if (payAgain) {
            return List.of(startRelease("pay again", payout.reversedReference()));
        }
        return List.of(startRefund(payment.paidAmountPaise(), reasonOr(note, "The bank returned the payout")));
    }

    public List<EscrowEvent> retryRelease(Actor actor) {
        requireAdmin(actor);
        if (status != RELEASE_FAILED) {
            throw new IllegalTransitionException(status, "retry the release of");
        }
        return List.of(startRelease("retry the release of", null));
    }

    /** An admin sends a refund that failed again, for the whole amount collected. */
    public List<EscrowEvent> retryRefund(Actor actor) {
        requireAdmin(actor);
        if (status != REFUND_FAILED) {
            throw new IllegalTransitionException(status, "retry the refund of");
        }
        return List.of(startRefund("retry the refund of", payment.paidAmountPaise(), "Refund retried by an admin"));
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

    /** Remembers how the payer can pay the current attempt; offers of older attempts are ignored. */
    public void paymentOffered(PaymentOffer offer) {
        if (offer.attempt() == payment.attempt() && payment.offer() == null) {
            payment = payment.offered(offer);
        }
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

    public void payoutInitiated(String reference, Instant at) {
        payout = payout.initiated(reference, at);
    }

    public void payoutRetryScheduled(String reason, Instant now) {
        recordError("Payout attempt failed, retrying: " + reason, now);
    }

    public List<EscrowEvent> payoutSucceeded(String reference, long amountPaise, Instant at, Instant now) {
        if (status == RELEASED || (reference != null && reference.equals(payout.reversedReference()))) {
            return List.of();
        }
        if (status != RELEASING && status != RELEASE_FAILED) {
            return List.of(
                    anomaly("UNEXPECTED_PAYOUT", true, "A payout succeeded while the escrow was " + status, now));
        }
        Transition released = move(RELEASED, "complete the release of");
        payout = payout.completed(reference, at);
        lastError = null;
        lastErrorAt = null;
        return List.of(new Released(released, amountPaise, reference));
    }

    /**
     * The bank returned a payout that had succeeded: the money is back with payment-service, nobody was paid, and the
     * escrow waits in PAYOUT_REVERSED for an admin's decision. Only a RELEASED escrow is reversed; a duplicate, or a
     * reversal reported in any other status, changes nothing.
     */
    public List<EscrowEvent> payoutReversed(String reference, long amountPaise, String reason, Instant now) {
        if (status != RELEASED) {
            return List.of();
        }
        Transition reversed = move(PAYOUT_REVERSED, "reverse the payout of");
        payout = payout.reversed(reference);
        recordError("The bank returned payout " + reference + ": " + reason, now);
        return List.of(new ReleaseReversed(reversed, amountPaise, reference, reason));
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

    public Payment payment() {
        return payment;
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
        return new ReleaseStarted(
                releasing, payout.round(), payment.paidAmountPaise(), payee.vpa(), payee.name(), answersReversal);
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

    private void requireRole(Actor actor, PartyRole role, String action) {
        if (!actor.admin() && roleOf(actor.userId()).orElse(null) != role) {
            throw ProblemException.forbidden(
                    "ONLY_" + role, "Only the " + role.name().toLowerCase() + " can " + action);
        }
    }

    /** An admin who is no party to this escrow, with a note of at most {@value #MAX_NOTE} characters. */
    private void requireDecider(Actor actor, String note) {
        requireAdmin(actor);
        if (roleOf(actor.userId()).isPresent()) {
            throw ProblemException.forbidden(
                    "PARTY_CANNOT_RESOLVE", "You are a party to this escrow: another admin must decide it");
        }
        if (note != null && note.strip().codePointCount(0, note.strip().length()) > MAX_NOTE) {
            throw ProblemException.unprocessable(
                    "note", "NOTE_TOO_LONG", "The note may have at most " + MAX_NOTE + " characters");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.admin()) {
            throw ProblemException.forbidden("ADMIN_ONLY", "Only an admin can do this");
        }
    }

    private static String reasonOr(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason.strip();
    }
}
