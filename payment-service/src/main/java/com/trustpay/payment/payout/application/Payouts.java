package com.trustpay.payment.payout.application;

import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutReversed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.payment.audit.application.AuditLog;
import com.trustpay.payment.ledger.application.Ledger;
import com.trustpay.payment.ledger.domain.Reservation;
import com.trustpay.payment.ledger.domain.TransferCode;
import com.trustpay.payment.metrics.application.PaymentMeters;
import com.trustpay.payment.metrics.application.PaymentMeters.PayoutOutcome;
import com.trustpay.payment.payout.PayoutProperties;
import com.trustpay.payment.payout.domain.Payout;
import com.trustpay.payment.payout.domain.PayoutStatus;
import com.trustpay.payment.payout.domain.RetryPolicy;
import com.trustpay.payment.payout.persistence.PayoutRepository;
import com.trustpay.payment.polling.domain.PollSchedule;
import com.trustpay.payment.provider.domain.PayoutProvider;
import com.trustpay.payment.provider.domain.PayoutSpec;
import com.trustpay.payment.provider.domain.ProviderPayout;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ReleaseFunds → payouts. Each attempt is committed with its idempotency key before the provider is called; a
 * create with an unknown outcome is sent again with the same key (the provider returns the same payout); a failed
 * attempt schedules the next one, with a new key, after the backoff; the last failure is final. Each attempt
 * reserves its amount in the ledger (pending HELD → PAID_OUT) when it is recorded; success posts it, failure voids
 * it, in the transaction of that state change. A release the ledger cannot cover (nothing collected, or less held
 * than asked) is refused with a CRITICAL alert. An escrow with milestones is paid one milestone at a time, each by
 * its own ReleaseFunds and series; at most one payout per (escrow, milestone) succeeds, and the ledger's HELD account
 * decides whether what is still held covers the next one (or a split decision's refund beside a payout).
 */
public class Payouts {

    /** The most milestones an escrow may have (issue 18). */
    static final int MAX_MILESTONE = 10;

    private final TransactionTemplate tx;
    private final ProcessedMessages processed;
    private final PayoutRepository payouts;
    private final PayoutProvider provider;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final PayoutProperties props;
    private final RetryPolicy retry;
    private final PollSchedule schedule;
    private final Ledger ledger;
    private final PaymentMeters meters;

    public Payouts(
            TransactionTemplate tx,
            ProcessedMessages processed,
            PayoutRepository payouts,
            PayoutProvider provider,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            PayoutProperties props,
            PollSchedule schedule,
            Ledger ledger,
            PaymentMeters meters) {
        this.tx = tx;
        this.processed = processed;
        this.payouts = payouts;
        this.provider = provider;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.props = props;
        this.retry = props.retryPolicy();
        this.schedule = schedule;
        this.ledger = ledger;
        this.meters = meters;
    }

    public void release(UUID eventId, ReleaseFunds cmd) {
        Payout first = tx.execute(status -> start(eventId, cmd));
        if (first != null) {
            send(first);
        }
    }

    /** Starts the next attempt of every series whose backoff is over. */
    public int startDueRetries(int limit) {
        Instant now = clock.instant();
        var started = tx.execute(status -> payouts.claimDueRetries(now, limit).stream()
                .map(s -> {
                    Payout p = withBody(Payout.create(
                            s.escrowId(),
                            s.milestone(),
                            s.round(),
                            s.attempts(),
                            s.amountPaise(),
                            s.payeeVpa(),
                            s.payeeName(),
                            now));
                    String refused = reserve(p, now);
                    if (refused != null) {
                        retryRefused(p, refused, now);
                        return null;
                    }
                    payouts.insert(p, now.plus(props.recoveryAfter()));
                    audit.decision(p.escrowId(), p.reference(), "payout attempt " + p.attempt() + " (new key)");
                    return p;
                })
                .filter(Objects::nonNull)
                .toList());
        started.forEach(this::send);
        return started.size();
    }

    /** The next attempt of a series cannot be paid any more (the money was refunded or frozen meanwhile). */
    private void retryRefused(Payout p, String reason, Instant now) {
        payouts.seriesStatus(p.escrowId(), p.milestone(), p.round(), "FAILED", reason, null, now);
        outbox.publish(new PayoutFailed(
                p.escrowId(),
                p.reference(),
                p.round(),
                p.attempt() - 1,
                "RELEASE_REFUSED",
                reason,
                now,
                p.milestone()));
        meters.payout(PayoutOutcome.FAILED);
        audit.alert(
                Severity.CRITICAL,
                "RELEASE_REFUSED",
                p.escrowId(),
                p.reference(),
                "round " + p.round() + " attempt " + p.attempt() + " not started: " + reason);
    }

    /**
     * Brings a payout up to date: settles a create whose answer never came (a re-send of the stored bytes under the
     * same key, or, after a re-send was answered 4xx, a read by reference), reads a processing payout, and on a
     * webhook about a payout we had settled (paid, or failed) reads it again: a reversal, or a payout processed
     * after we recorded it FAILED.
     */
    public void refresh(UUID payoutId, String trigger) {
        Payout p = payouts.find(payoutId).orElse(null);
        if (p == null) {
            return;
        }
        if (p.status().open()) {
            reportIfStuck(p);
        }
        if (p.status() == PayoutStatus.CREATING) {
            if (p.lookupNeeded()) {
                lookUp(p, trigger);
            } else {
                send(p);
            }
            return;
        }
        boolean settledButTold = p.status() == PayoutStatus.FAILED && trigger.startsWith("webhook");
        if (!p.status().open() && p.status() != PayoutStatus.SUCCEEDED && !settledButTold) {
            return;
        }
        if (p.providerPayoutId() == null) {
            lookUp(p, trigger);
            return;
        }
        ProviderResult<ProviderPayout> result = provider.read(p.providerPayoutId());
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            audit.providerCall(p.escrowId(), p.reference(), trigger + ": " + result.summary());
            if (result instanceof ProviderResult.Ok<ProviderPayout> ok) {
                apply(p, ok.value(), now);
            } else if (p.status().open()) {
                payouts.recordError(p.id(), result.summary(), schedule.next(p.createdAt(), now), false, now);
            }
        });
    }

    /**
     * Reads the payout by our reference: found, it is taken over (and applied); not found, the stored body is sent
     * again under the same key at the next turn; no answer, it stays as it is and is looked up again.
     */
    private void lookUp(Payout p, String trigger) {
        ProviderResult<Optional<ProviderPayout>> found = provider.findByReference(p.reference());
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            audit.providerCall(p.escrowId(), p.reference(), trigger + ", by reference: " + found.summary());
            if (found instanceof ProviderResult.Ok<Optional<ProviderPayout>> ok
                    && ok.value().isPresent()) {
                if (p.status() == PayoutStatus.CREATING) {
                    created(p, ok.value().get(), now);
                } else {
                    apply(p, ok.value().get(), now);
                }
            } else if (found instanceof ProviderResult.Ok<Optional<ProviderPayout>>
                    && p.status().open()) {
                payouts.lookupNeeded(p.id(), false);
                payouts.recordError(
                        p.id(),
                        "no payout with reference " + p.reference() + " at the provider; sending the same bytes again",
                        now.plus(props.recoveryAfter()),
                        false,
                        now);
            } else if (p.status().open()) {
                payouts.recordError(p.id(), found.summary(), now.plus(props.recoveryAfter()), false, now);
            }
        });
    }

    /** A payout still not finished long after it was created is reported once (it keeps being polled). */
    private void reportIfStuck(Payout p) {
        Instant now = clock.instant();
        if (!now.isAfter(p.createdAt().plus(props.stuckAfter()))) {
            return;
        }
        tx.executeWithoutResult(status -> {
            if (payouts.markStuckAlerted(p.id(), now)) {
                audit.alert(
                        Severity.WARNING,
                        "PAYOUT_STUCK",
                        p.escrowId(),
                        p.reference(),
                        "payout " + p.status() + " for more than " + props.stuckAfter()
                                + "; RazorpayX has not finished it");
            }
        });
    }

    private Payout start(UUID eventId, ReleaseFunds cmd) {
        if (!processed.firstDelivery(eventId)) {
            return null;
        }
        Instant now = clock.instant();
        audit.command(
                cmd.escrowId(),
                null,
                "ReleaseFunds " + what(cmd.milestone()) + " round " + cmd.round() + ", " + cmd.amountPaise()
                        + " paise");
        if (cmd.milestone() != null && (cmd.milestone() < 1 || cmd.milestone() > MAX_MILESTONE)) {
            // No series can be stored for it (the table's CHECK), so the refusal is the alert alone.
            audit.alert(
                    Severity.CRITICAL,
                    "RELEASE_REFUSED",
                    cmd.escrowId(),
                    null,
                    "INVALID_MILESTONE: milestone " + cmd.milestone() + " is not 1 to " + MAX_MILESTONE);
            return null;
        }
        ledger.lockHeld(cmd.escrowId());
        var blocking = payouts.blockingRelease(cmd.escrowId(), cmd.milestone());
        String refused = blocking.orElse(cmd.amountPaise() < 100 ? "amount below 100 paise" : null);
        if (refused == null) {
            refused = reversalRefusal(cmd);
        }
        String status = refused == null ? "RUNNING" : "REFUSED";
        if (!payouts.insertSeries(
                cmd.escrowId(),
                cmd.milestone(),
                cmd.round(),
                Math.max(1, cmd.amountPaise()),
                cmd.payeeVpa(),
                cmd.payeeName(),
                retry.maxAttempts(),
                status,
                cmd.reversedPayoutReference(),
                now)) {
            audit.decision(
                    cmd.escrowId(),
                    null,
                    what(cmd.milestone()) + " round " + cmd.round() + " exists: no second payout series");
            return null;
        }
        Payout p = withBody(Payout.create(
                cmd.escrowId(),
                cmd.milestone(),
                cmd.round(),
                1,
                cmd.amountPaise(),
                cmd.payeeVpa(),
                cmd.payeeName(),
                now));
        if (refused == null) {
            refused = reserve(p, now);
        }
        if (refused != null) {
            payouts.seriesStatus(cmd.escrowId(), cmd.milestone(), cmd.round(), "REFUSED", refused, null, now);
            audit.alert(
                    Severity.CRITICAL,
                    "RELEASE_REFUSED",
                    cmd.escrowId(),
                    null,
                    what(cmd.milestone()) + " round " + cmd.round() + ": " + refused);
            return null;
        }
        payouts.insert(p, now.plus(props.recoveryAfter()));
        audit.decision(p.escrowId(), p.reference(), "payout attempt 1 recorded with its idempotency key");
        return p;
    }

    /**
     * After the bank reversed a payout of this escrow, only an admin's decision may pay again: escrow-service names the
     * reversed payout in the command it sends for that decision, and one series answers one reversal. Any other
     * ReleaseFunds (a stray retry, a replayed or forged command) is refused; a command naming a payout that is not an
     * unanswered reversal of this escrow is refused too, and so is one that pays another milestone than the reversed
     * payout did (paying it again must pay what came back). The reason, or null.
     */
    private String reversalRefusal(ReleaseFunds cmd) {
        Optional<PayoutRepository.Reversal> unanswered = payouts.unansweredReversal(cmd.escrowId());
        String named = cmd.reversedPayoutReference();
        if (unanswered.isPresent() && !unanswered.get().reference().equals(named)) {
            return "REVERSAL_UNDECIDED: payout " + unanswered.get().reference() + " was reversed by the bank; only an"
                    + " admin's decision naming it may start another payout";
        }
        if (unanswered.isPresent() && !Objects.equals(unanswered.get().milestone(), cmd.milestone())) {
            return "REVERSAL_MILESTONE: the reversed payout " + named + " paid "
                    + what(unanswered.get().milestone()) + ", the command pays " + what(cmd.milestone());
        }
        if (named != null && unanswered.isEmpty()) {
            return "REVERSAL_UNKNOWN: the command answers the reversal of " + named
                    + ", which is no unanswered reversed payout of this escrow";
        }
        return null;
    }

    /**
     * Reserves the attempt's amount in the ledger (pending HELD → PAID_OUT) in the transaction that records the
     * attempt; the reason it cannot be paid, or null.
     */
    private String reserve(Payout p, Instant now) {
        return switch (ledger.reserve(TransferCode.PAYOUT, p.escrowId(), p.reference(), p.amountPaise(), now)) {
            case Reservation.Reserved r -> null;
            case Reservation.NotCollected nc -> "NOT_COLLECTED: no payment was collected for this escrow";
            case Reservation.Insufficient no ->
                "EXCEEDS_HELD: " + p.amountPaise() + " paise asked, only " + no.availablePaise()
                        + " paise held (refunds and payouts, settled or under way, counted)";
            case Reservation.Frozen f -> "ESCROW_FROZEN: " + f.reason();
        };
    }

    private void send(Payout p) {
        byte[] body = p.requestBody() != null ? p.requestBody() : provider.requestBody(spec(p));
        ProviderResult<ProviderPayout> result = provider.create(p.reference(), body);
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            audit.providerCall(p.escrowId(), p.reference(), result.summary());
            switch (result) {
                case ProviderResult.Ok<ProviderPayout> ok -> created(p, ok.value(), now);
                case ProviderResult.Rejected<ProviderPayout> no
                when p.createTries() > 0 || notHeard(no) -> {
                    // A re-send of a key whose first send may have reached the provider (or a refusal that is
                    // about us, not the payout): no proof that nothing was paid. UNKNOWN until a read settles it.
                    payouts.recordError(
                            p.id(),
                            "create answered " + no.call().httpStatus() + " " + no.code() + ": " + no.message()
                                    + "; outcome unknown, looking it up by reference",
                            now.plus(props.recoveryAfter()),
                            true,
                            now);
                    payouts.lookupNeeded(p.id(), true);
                    audit.failure(
                            p.escrowId(),
                            p.reference(),
                            "re-send answered " + no.call().httpStatus() + ": outcome stays unknown until a read by"
                                    + " reference settles it");
                }
                case ProviderResult.Rejected<ProviderPayout> no ->
                    attemptFailed(p, no.code(), no.message(), false, now);
                case ProviderResult.Unknown<ProviderPayout> unknown -> {
                    payouts.recordError(p.id(), unknown.message(), now.plus(props.recoveryAfter()), true, now);
                    audit.failure(
                            p.escrowId(),
                            p.reference(),
                            "outcome unknown, will re-send the same key: " + unknown.message());
                }
            }
        });
    }

    /** 401/403: the provider refused us, not the payout; nothing says what became of an earlier send. */
    private static boolean notHeard(ProviderResult.Rejected<ProviderPayout> no) {
        int status = no.call().httpStatus();
        return status == 401 || status == 403;
    }

    /** The provider has the payout (created now, or found by reference): CREATING → PROCESSING, then applied. */
    private void created(Payout p, ProviderPayout payout, Instant now) {
        if (payouts.markSent(p.id(), schedule.next(p.createdAt(), now), now)) {
            outbox.publish(new PayoutInitiated(
                    p.escrowId(),
                    p.reference(),
                    p.round(),
                    p.attempt(),
                    p.amountPaise(),
                    p.payeeVpa(),
                    now,
                    p.milestone()));
        }
        apply(p, payout, now);
    }

    /** The attempt with the exact bytes of its create request, stored with its key before the first send. */
    private Payout withBody(Payout p) {
        return p.withRequestBody(provider.requestBody(spec(p)));
    }

    private PayoutSpec spec(Payout p) {
        return new PayoutSpec(p.reference(), p.amountPaise(), p.payeeVpa(), p.payeeName(), props.narration());
    }

    private void apply(Payout p, ProviderPayout read, Instant now) {
        payouts.recordRead(p.id(), read, now);
        if (read.processed() && p.status() == PayoutStatus.FAILED) {
            incident(
                    p,
                    read,
                    "PAYOUT_PROCESSED_AFTER_FAILURE",
                    "payout " + read.id() + " was processed by the provider after we had recorded it FAILED",
                    now);
        } else if (read.processed()) {
            succeeded(p, read, now);
        } else if (read.reversed() && p.status() == PayoutStatus.SUCCEEDED) {
            reversedAfterSuccess(p, read, now);
        } else if (read.failed()) {
            attemptFailed(p, read.reasonCode() == null ? read.status() : read.reasonCode(), reason(read), true, now);
        } else if (p.status().open()) {
            payouts.reschedule(p.id(), schedule.next(p.createdAt(), now));
        }
    }

    private void succeeded(Payout p, ProviderPayout read, Instant now) {
        if (!p.status().open()) {
            return;
        }
        if (payouts.hasSuccess(p.escrowId(), p.milestone())) {
            incident(
                    p,
                    read,
                    "DOUBLE_PAYOUT",
                    "payout " + read.id() + " processed although another payout of this escrow's " + what(p.milestone())
                            + " already succeeded",
                    now);
            return;
        }
        if (payouts.settle(p.id(), PayoutStatus.SUCCEEDED, null, now)) {
            if (!ledger.post(TransferCode.PAYOUT, p.reference(), now)) {
                audit.failure(p.escrowId(), p.reference(), "ledger: no pending payout transfer to post");
            }
            payouts.seriesStatus(p.escrowId(), p.milestone(), p.round(), "SUCCEEDED", null, null, now);
            outbox.publish(new PayoutSucceeded(
                    p.escrowId(), p.reference(), p.amountPaise(), read.id(), read.utr(), now, p.milestone()));
            meters.payout(PayoutOutcome.SUCCEEDED);
            audit.decision(p.escrowId(), p.reference(), "PayoutSucceeded: payout " + read.id() + ", UTR " + read.utr());
        }
    }

    /**
     * Money left that should not have: recorded as an INCIDENT (never as FAILED), entered in the ledger as paid out
     * as far as the held money covers it, the escrow's money frozen (no retry-release, no refund) and ops told.
     */
    private void incident(Payout p, ProviderPayout read, String kind, String what, Instant now) {
        if (!payouts.markIncident(p.id(), kind + ": " + what, now)) {
            return;
        }
        String ledgerNote;
        if (ledger.isPending(TransferCode.PAYOUT, p.reference())) {
            ledger.post(TransferCode.PAYOUT, p.reference(), now);
            ledgerNote = "its reservation is posted as paid out";
        } else if (ledger.recordUnreserved(
                TransferCode.PAYOUT, p.escrowId(), p.reference() + ":incident", read.amountPaise(), now)) {
            ledgerNote = "recorded in the ledger as paid out";
        } else {
            ledgerNote = "NOT in the ledger: it exceeds what the escrow still holds";
        }
        ledger.freeze(p.escrowId(), kind + " " + p.reference(), now);
        audit.alert(
                Severity.CRITICAL,
                kind,
                p.escrowId(),
                p.reference(),
                what + " (" + read.amountPaise() + " paise, UTR " + read.utr() + "); " + ledgerNote
                        + "; retry-release and refunds of this escrow are blocked until ops resolve it");
    }

    /**
     * The bank returned money we already reported as paid out: the ledger takes it back into HELD and PayoutReversed
     * tells escrow-service, which leaves RELEASED for PAYOUT_REVERSED. We do not pay again on our own (a second payout
     * could pay twice if the reversal is itself wrong): no payout starts until an admin decides (see
     * {@link #reversalRefusal}).
     */
    private void reversedAfterSuccess(Payout p, ProviderPayout read, Instant now) {
        if (payouts.reverse(p.id(), now)) {
            ledger.payoutReversed(p.escrowId(), p.reference(), p.amountPaise(), now);
            outbox.publish(new PayoutReversed(
                    p.escrowId(), p.reference(), read.id(), p.amountPaise(), reason(read), now, p.milestone()));
            audit.alert(
                    Severity.CRITICAL,
                    "PAYOUT_REVERSED",
                    p.escrowId(),
                    p.reference(),
                    "payout " + read.id() + " was reversed after PayoutSucceeded: " + reason(read));
        }
    }

    private void attemptFailed(Payout p, String code, String reason, boolean retryable, Instant now) {
        if (!payouts.settle(p.id(), PayoutStatus.FAILED, code + ": " + reason, now)) {
            return;
        }
        if (!ledger.voidPending(TransferCode.PAYOUT, p.reference(), now)) {
            audit.failure(p.escrowId(), p.reference(), "ledger: no pending payout transfer to void");
        }
        audit.failure(p.escrowId(), p.reference(), "attempt " + p.attempt() + " failed: " + code + " " + reason);
        if (retryable && !retry.exhaustedAfter(p.attempt())) {
            Instant next = now.plus(retry.delayAfter(p.attempt()));
            payouts.seriesStatus(
                    p.escrowId(), p.milestone(), p.round(), "WAITING_RETRY", code + ": " + reason, next, now);
            outbox.publish(new PayoutRetryScheduled(
                    p.escrowId(), p.reference(), p.round(), p.attempt(), next, reason, p.milestone()));
            audit.decision(p.escrowId(), p.reference(), "PayoutRetryScheduled at " + next);
            return;
        }
        payouts.seriesStatus(p.escrowId(), p.milestone(), p.round(), "FAILED", code + ": " + reason, null, now);
        outbox.publish(new PayoutFailed(
                p.escrowId(), p.reference(), p.round(), p.attempt(), code, reason, now, p.milestone()));
        meters.payout(PayoutOutcome.FAILED);
        audit.alert(
                Severity.CRITICAL,
                "PAYOUT_FAILED",
                p.escrowId(),
                p.reference(),
                what(p.milestone()) + " round " + p.round() + " failed after " + p.attempt() + " attempt(s): " + code
                        + " " + reason);
    }

    /** "milestone 2", or "the escrow as one" for null. */
    private static String what(Integer milestone) {
        return milestone == null ? "the escrow as one" : "milestone " + milestone;
    }

    private static String reason(ProviderPayout read) {
        return read.reason() != null ? read.reason() : "payout " + read.status();
    }
}
