package com.trustpay.payment.attempt.application;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentReturned;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.payment.attempt.AttemptProperties;
import com.trustpay.payment.attempt.domain.AttemptOutcome;
import com.trustpay.payment.attempt.domain.AttemptStatus;
import com.trustpay.payment.attempt.domain.PaymentAttempt;
import com.trustpay.payment.attempt.persistence.AttemptRepository;
import com.trustpay.payment.audit.application.AuditLog;
import com.trustpay.payment.ledger.application.Ledger;
import com.trustpay.payment.metrics.application.PaymentMeters;
import com.trustpay.payment.metrics.application.PaymentMeters.PaymentOutcome;
import com.trustpay.payment.polling.domain.PollSchedule;
import com.trustpay.payment.provider.domain.CreatedRequest;
import com.trustpay.payment.provider.domain.PaymentRequestSpec;
import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.RequestState;
import com.trustpay.payment.routing.application.CollectionProviders;
import com.trustpay.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves attempts along with what Setu says: sends the create (outside any transaction) and records its answer,
 * reads the request back on every hint (webhook, payer check, poll) and publishes the outcome once, in the
 * transaction that records it. A create whose answer never came is recovered here too (see {@link #refresh}).
 *
 * <p>Of the successful payments found on an escrow's attempts, exactly one is held: the first right-amount payment
 * on an attempt the escrow still awaits. Every other one (a second payment, a wrong amount, a payment on a
 * cancelled attempt or on an expired one after a newer attempt was requested) is captured into the escrow's EXCESS
 * account, reported (an alert and {@link PaymentReturned}) and refunded automatically (ADR 0012). Settled attempts
 * are watched while the provider still shows a payment that could succeed; once one attempt is paid, the escrow's
 * other open attempts are withdrawn at the provider.
 */
public class AttemptSettlement {

    private final TransactionTemplate tx;
    private final AttemptRepository attempts;
    private final CollectionProviders providers;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final AttemptProperties props;
    private final PollSchedule schedule;
    private final Ledger ledger;
    private final ExcessRefunds refunds;
    private final PaymentMeters meters;

    /**
     * What to do once the transaction that read the provider committed: provider calls are never made inside it.
     *
     * @param expireLink close this attempt's request at the provider
     * @param refunds excess refunds to send
     * @param withdrawOthers the attempt was paid: withdraw the escrow's other open attempts
     */
    private record After(boolean expireLink, List<String> refunds, boolean withdrawOthers) {

        static final After NOTHING = new After(false, List.of(), false);

        After expiring(boolean expire) {
            return new After(expireLink || expire, refunds, withdrawOthers);
        }
    }

    public AttemptSettlement(
            TransactionTemplate tx,
            AttemptRepository attempts,
            CollectionProviders providers,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            AttemptProperties props,
            PollSchedule schedule,
            Ledger ledger,
            ExcessRefunds refunds,
            PaymentMeters meters) {
        this.tx = tx;
        this.attempts = attempts;
        this.providers = providers;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.props = props;
        this.schedule = schedule;
        this.ledger = ledger;
        this.refunds = refunds;
        this.meters = meters;
    }

    /** Asks Setu for the attempt's Dynamic QR or collect; the attempt row is already committed. */
    void send(PaymentAttempt a) {
        ProviderResult<CreatedRequest> result = providers
                .of(a.provider())
                .request(new PaymentRequestSpec(
                        a.mode(), a.reference(), a.amountPaise(), a.payerVpa(), a.note(), a.expiresAt()));
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            audit.providerCall(a.escrowId(), a.reference(), result.summary());
            switch (result) {
                case ProviderResult.Ok<CreatedRequest> ok -> requested(a, ok.value(), now);
                case ProviderResult.Rejected<CreatedRequest> no -> failed(a, no.code(), no.message(), now);
                case ProviderResult.Unknown<CreatedRequest> unknown -> {
                    attempts.createUnknown(a.id(), unknown.message(), now.plus(props.recoveryAfter()), now);
                    audit.failure(a.escrowId(), a.reference(), "create outcome unknown: " + unknown.message());
                }
            }
        });
    }

    /**
     * Reads the attempt from Setu and applies what changed. An attempt still {@code CREATING} has no provider id:
     * a Dynamic QR is created again with the same reference (a QR nobody was shown cannot be paid, so an orphan
     * from a lost answer is harmless and expires); a collect is never sent twice, because the payer's app may
     * already show the first one, and waits for a webhook carrying our reference until expiry.
     */
    public void refresh(UUID attemptId, String trigger) {
        PaymentAttempt a = attempts.find(attemptId).orElse(null);
        if (a == null) {
            return;
        }
        if (a.status().terminal()) {
            if (mayBePaidLate(a) || (a.status() == AttemptStatus.SUCCEEDED && trigger.startsWith("webhook"))) {
                recheck(a, trigger);
            }
            return;
        }
        if (a.providerInstanceId() == null) {
            recover(a);
            return;
        }
        ProviderResult<RequestState> result = providers.of(a.provider()).read(a.mode(), a.providerInstanceId());
        Instant now = clock.instant();
        if (!(result instanceof ProviderResult.Ok<RequestState> ok)) {
            tx.executeWithoutResult(status -> {
                audit.providerCall(a.escrowId(), a.reference(), trigger + ": " + result.summary());
                attempts.fail(a.id(), result.summary(), now);
                attempts.reschedule(a.id(), nextPoll(a, now));
            });
            return;
        }
        AttemptOutcome outcome = AttemptOutcome.of(a.reference(), ok.value());
        After after = tx.execute(status -> apply(a, ok.value(), outcome, trigger + ": " + result.summary(), now));
        afterwards(a, after, "close link after failed payment: ");
    }

    /**
     * Takes over a collect found by our reference (its create answer was lost), then reads it. An attempt already
     * settled without it (failed because Setu never confirmed the create) learns the collect too, so that a payment
     * on it is held if the escrow still awaits exactly that, or else refunded — never ignored.
     */
    public void adopt(PaymentAttempt a, String instanceId) {
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            if (a.status().terminal()) {
                if (attempts.attachInstance(a.id(), instanceId, schedule.next(a.createdAt(), now), now)) {
                    audit.decision(
                            a.escrowId(),
                            a.reference(),
                            "provider request " + instanceId + " of an attempt already " + a.status()
                                    + " found; watching it for a payment");
                }
                return;
            }
            if (attempts.adopt(a.id(), instanceId, schedule.next(a.createdAt(), now), now)) {
                outbox.publish(new PaymentRequested(
                        a.escrowId(),
                        a.attempt(),
                        a.reference(),
                        a.mode(),
                        a.amountPaise(),
                        null,
                        null,
                        null,
                        a.mode() == PaymentMode.COLLECT ? instanceId : null,
                        a.expiresAt()));
                audit.decision(a.escrowId(), a.reference(), "adopted provider request " + instanceId);
            }
        });
        refresh(a.id(), "webhook");
    }

    private After apply(PaymentAttempt a, RequestState state, AttemptOutcome outcome, String summary, Instant now) {
        attempts.lockEscrow(a.escrowId());
        attempts.recordRead(a.id(), state, now);
        audit.providerCall(
                a.escrowId(),
                a.reference(),
                summary + " (request " + state.status() + ", "
                        + state.payments().size() + " payment(s))");
        switch (outcome) {
            case AttemptOutcome.Paid paid -> {
                return payments(a, state, now, false);
            }
            case AttemptOutcome.Failed f -> {
                failed(a, f.reasonCode(), f.reason(), now);
                boolean stillPayable = a.mode() == PaymentMode.INTENT && !state.closed();
                if (stillPayable) {
                    // the payer may retry in the UPI app until the QR is closed: keep watching it
                    attempts.watchSettled(a.id(), schedule.next(a.createdAt(), now));
                }
                return After.NOTHING.expiring(stillPayable);
            }
            case AttemptOutcome.Expired e -> {
                expired(a, now);
                if (undecided(state)) {
                    // a closed request whose last payment is still pending: watched until the provider decides it
                    attempts.watchSettled(a.id(), schedule.next(a.createdAt(), now));
                }
            }
            case AttemptOutcome.Foreign f -> {
                audit.alert(
                        Severity.WARNING,
                        "FOREIGN_PAYMENT",
                        a.escrowId(),
                        a.reference(),
                        "payment " + f.payment().id() + " carries reference "
                                + f.payment().referenceId());
                attempts.reschedule(a.id(), nextPoll(a, now));
            }
            case AttemptOutcome.Open o -> stillOpen(a, now);
        }
        return After.NOTHING;
    }

    /**
     * Decides each successful payment of ours on the request: the first right-amount one on an attempt the escrow
     * still awaits is held (SUCCEEDED, PaymentSucceeded); every other one is excess money, refunded. Runs in the
     * transaction of the read, with the escrow's attempts locked.
     */
    private After payments(PaymentAttempt a, RequestState state, Instant now, boolean late) {
        List<ProviderPayment> ours = state.payments().stream()
                .filter(ProviderPayment::succeeded)
                .filter(p -> p.referenceId() == null || a.reference().equals(p.referenceId()))
                .toList();
        String accepted = attempts.acceptedPaymentId(a.id()).orElse(null);
        List<String> toSend = new ArrayList<>();
        boolean withdraw = false;
        boolean closeThis = false;
        for (ProviderPayment p : ours) {
            if (p.id().equals(accepted) || refunds.beingReturned(p.id())) {
                continue;
            }
            String code;
            String why;
            if (accepted != null) {
                code = "DUPLICATE_PAYMENT";
                why = "a second payment on attempt " + a.attempt() + ", already paid by " + accepted;
            } else if (attempts.otherSucceeded(a.escrowId(), a.id())) {
                code = "DUPLICATE_PAYMENT";
                why = "attempt " + a.attempt() + " paid after another attempt of the escrow was already paid";
            } else if (a.cancelRequested() || a.status() == AttemptStatus.CANCELLED) {
                code = "LATE_PAYMENT";
                why = "attempt " + a.attempt() + " paid after it was withdrawn";
            } else if (p.amountPaise() != a.amountPaise()) {
                code = "AMOUNT_MISMATCH";
                why = "expected " + a.amountPaise() + " paise, the payer paid " + p.amountPaise();
            } else if (late && attempts.newestAttempt(a.escrowId()) != a.attempt()) {
                code = "LATE_PAYMENT";
                why = "attempt " + a.attempt() + " paid after it was " + a.status()
                        + " and a newer attempt was requested";
            } else {
                if (succeeded(a, p, now, late)) {
                    accepted = p.id();
                    withdraw = true;
                }
                continue;
            }
            excess(a, p, code, why, now).ifPresent(toSend::add);
            if (!a.status().terminal()) {
                closeThis |= settleRefused(a, code, why, now);
            }
        }
        return new After(closeThis, toSend, withdraw);
    }

    /**
     * An open attempt whose payment is not held: a wrong amount fails it (PaymentFailed, so the payer can pay
     * again); a payment after another attempt was paid or after a withdrawal cancels it. Either way the request is
     * closed at the provider; true if this call settled it.
     */
    private boolean settleRefused(PaymentAttempt a, String code, String why, Instant now) {
        if ("AMOUNT_MISMATCH".equals(code) && !a.cancelRequested()) {
            boolean settled = attempts.settle(a.id(), AttemptStatus.FAILED, now);
            if (settled) {
                attempts.fail(a.id(), code + ": " + why, now);
                outbox.publish(new PaymentFailed(
                        a.escrowId(),
                        a.attempt(),
                        a.reference(),
                        code,
                        "The payment was not for the right amount; it is being refunded. Please pay again.",
                        now));
                meters.payment(a.provider(), PaymentOutcome.FAILED);
                audit.decision(a.escrowId(), a.reference(), "PaymentFailed: " + code + " " + why);
            }
            attempts.watchSettled(a.id(), schedule.next(a.createdAt(), now));
            return settled;
        }
        attempts.requestCancel(a.id(), now);
        boolean settled = attempts.settle(a.id(), AttemptStatus.CANCELLED, now);
        if (settled) {
            audit.decision(a.escrowId(), a.reference(), "cancelled: " + why);
        }
        attempts.watchSettled(a.id(), schedule.next(a.createdAt(), now));
        return settled;
    }

    /**
     * Money that is not the escrow's to hold: captured into its EXCESS account (never HELD), reported, and its
     * refund recorded — all keyed by the provider payment, so reading the payment again does nothing twice.
     */
    private java.util.Optional<String> excess(
            PaymentAttempt a, ProviderPayment p, String code, String why, Instant now) {
        ledger.captureExcess(a.escrowId(), p.id(), p.amountPaise(), now);
        java.util.Optional<String> refund =
                refunds.record(a.escrowId(), p.id(), p.txnId(), p.amountPaise(), code + ": " + why, now);
        refund.ifPresent(reference -> {
            audit.alert(
                    Severity.WARNING,
                    code + "_REFUNDED",
                    a.escrowId(),
                    a.reference(),
                    why + " (payment " + p.id() + ", " + p.amountPaise() + " paise): not held; refunding it"
                            + " automatically as " + reference);
            outbox.publish(new PaymentReturned(
                    a.escrowId(), a.attempt(), a.reference(), p.amountPaise(), p.id(), code, why, reference, now));
        });
        return refund;
    }

    /** Whether the provider shows a payment on the request that is neither succeeded nor failed yet. */
    private static boolean undecided(RequestState state) {
        return state.payments().stream().anyMatch(p -> !p.succeeded() && !p.failed());
    }

    /** Provider calls after the read's commit: close this request, send excess refunds, withdraw the others. */
    private void afterwards(PaymentAttempt a, After after, String closeWhy) {
        if (after == null) {
            return;
        }
        if (after.expireLink()) {
            ProviderResult<String> expired = providers.of(a.provider()).expire(a.mode(), a.providerInstanceId());
            tx.executeWithoutResult(
                    status -> audit.providerCall(a.escrowId(), a.reference(), closeWhy + expired.summary()));
        }
        after.refunds().forEach(refunds::send);
        if (after.withdrawOthers()) {
            withdrawOthers(a);
        }
    }

    /**
     * One attempt of the escrow was paid: its other open attempts are withdrawn at the provider, so the payer cannot
     * pay twice (a payment that gets through anyway is refunded as a duplicate).
     */
    private void withdrawOthers(PaymentAttempt paid) {
        Instant now = clock.instant();
        List<PaymentAttempt> others = tx.execute(status -> {
            List<PaymentAttempt> open = attempts.openOthers(paid.escrowId(), paid.id());
            open.forEach(o -> {
                attempts.requestCancel(o.id(), now);
                audit.decision(
                        o.escrowId(),
                        o.reference(),
                        "withdrawing: attempt " + paid.attempt() + " of the escrow was paid");
            });
            return open;
        });
        for (PaymentAttempt o : others == null ? List.<PaymentAttempt>of() : others) {
            if (o.providerInstanceId() != null) {
                ProviderResult<String> expired = providers.of(o.provider()).expire(o.mode(), o.providerInstanceId());
                tx.executeWithoutResult(
                        status -> audit.providerCall(o.escrowId(), o.reference(), "withdraw: " + expired.summary()));
            }
            refresh(o.id(), "withdrawn");
        }
    }

    private void requested(PaymentAttempt a, CreatedRequest created, Instant now) {
        boolean intent = a.mode() == PaymentMode.INTENT;
        String qr = created.qrPngBase64() != null || created.intentLink() == null
                ? created.qrPngBase64()
                : QrCodes.pngBase64(created.intentLink());
        if (!attempts.markRequested(a.id(), created, qr, nextPoll(a, now), now)) {
            audit.decision(a.escrowId(), a.reference(), "late create answer ignored: " + created.instanceId());
            return;
        }
        outbox.publish(new PaymentRequested(
                a.escrowId(),
                a.attempt(),
                a.reference(),
                a.mode(),
                a.amountPaise(),
                intent ? created.intentLink() : null,
                created.shortLink(),
                intent ? qr : null,
                intent ? null : created.instanceId(),
                a.expiresAt()));
        audit.decision(a.escrowId(), a.reference(), "PaymentRequested: provider request " + created.instanceId());
    }

    /**
     * A FAILED, EXPIRED or CANCELLED attempt with a provider request: the payer may have paid it after all (a retry in the UPI app
     * on a Dynamic QR whose withdrawal failed, or a payment that landed as the request closed).
     */
    private static boolean mayBePaidLate(PaymentAttempt a) {
        return (a.status() == AttemptStatus.FAILED
                        || a.status() == AttemptStatus.EXPIRED
                        || a.status() == AttemptStatus.CANCELLED)
                && a.providerInstanceId() != null;
    }

    /**
     * Reads a settled attempt again: a successful payment is held (SUCCEEDED after all) if the escrow still awaits
     * exactly it, and refunded otherwise; a failed Dynamic QR is watched (and withdrawn again) until the provider
     * shows it closed or its expiry and grace passed; any attempt is watched while a payment on it is undecided.
     */
    private void recheck(PaymentAttempt a, String trigger) {
        ProviderResult<RequestState> result = providers.of(a.provider()).read(a.mode(), a.providerInstanceId());
        Instant now = clock.instant();
        boolean watching = a.status() == AttemptStatus.FAILED
                && a.mode() == PaymentMode.INTENT
                && now.isBefore(a.expiresAt().plus(props.grace()));
        String summary = trigger + " (attempt " + a.status() + "): " + result.summary();
        if (!(result instanceof ProviderResult.Ok<RequestState> ok)) {
            tx.executeWithoutResult(status -> {
                audit.providerCall(a.escrowId(), a.reference(), summary);
                // not known to be final: keep reading it (a dead attempt's money is looked for until it is)
                attempts.watchSettled(a.id(), schedule.next(a.createdAt(), now));
                if (!watching && trigger.startsWith("webhook")) {
                    audit.alert(
                            Severity.CRITICAL,
                            "LATE_PAYMENT_UNCHECKED",
                            a.escrowId(),
                            a.reference(),
                            "webhook for an attempt already " + a.status()
                                    + " could not be checked at the provider; check the payer's money");
                }
            });
            return;
        }
        RequestState state = ok.value();
        After after = tx.execute(status -> {
            attempts.lockEscrow(a.escrowId());
            attempts.recordRead(a.id(), state, now);
            audit.providerCall(
                    a.escrowId(),
                    a.reference(),
                    summary + " (request " + state.status() + ", "
                            + state.payments().size() + " payment(s))");
            After paid = payments(a, state, now, a.status() != AttemptStatus.SUCCEEDED);
            boolean open = a.status() == AttemptStatus.FAILED && a.mode() == PaymentMode.INTENT && !state.closed();
            boolean undecided = undecided(state);
            attempts.watchSettled(a.id(), (open && watching) || undecided ? schedule.next(a.createdAt(), now) : null);
            if (open && !watching && !undecided) {
                audit.alert(
                        Severity.WARNING,
                        "STUCK_PAYMENT",
                        a.escrowId(),
                        a.reference(),
                        "Dynamic QR of a failed attempt still open at the provider long after its expiry;"
                                + " polling stopped");
            }
            return paid.expiring(open && watching);
        });
        afterwards(a, after, "close link after failed payment: ");
    }

    /** Holds the payment: SUCCEEDED, captured into HELD, PaymentSucceeded; false if another reader did it first. */
    private boolean succeeded(PaymentAttempt a, ProviderPayment p, Instant now, boolean late) {
        boolean settled =
                late ? attempts.settleLate(a.id(), now) : attempts.settle(a.id(), AttemptStatus.SUCCEEDED, now);
        if (!settled) {
            return false;
        }
        if (late) {
            audit.alert(
                    Severity.WARNING,
                    "LATE_PAYMENT",
                    a.escrowId(),
                    a.reference(),
                    "payment " + p.id() + " succeeded after the attempt was settled " + a.status()
                            + "; settled SUCCEEDED and PaymentSucceeded published");
        }
        attempts.addCollected(a.escrowId(), p.amountPaise());
        ledger.capture(a.escrowId(), a.reference(), p.amountPaise(), now);
        outbox.publish(new PaymentSucceeded(
                a.escrowId(), a.attempt(), a.reference(), p.amountPaise(), p.id(), p.rrn(), p.customerVpa(), now));
        meters.payment(a.provider(), PaymentOutcome.SUCCEEDED);
        audit.decision(
                a.escrowId(), a.reference(), "PaymentSucceeded: " + p.amountPaise() + " paise, payment " + p.id());
        return true;
    }

    private void failed(PaymentAttempt a, String code, String reason, Instant now) {
        if (attempts.settle(a.id(), AttemptStatus.FAILED, now)) {
            attempts.fail(a.id(), code + ": " + reason, now);
            outbox.publish(new PaymentFailed(a.escrowId(), a.attempt(), a.reference(), code, reason, now));
            meters.payment(a.provider(), PaymentOutcome.FAILED);
            audit.decision(a.escrowId(), a.reference(), "PaymentFailed: " + code + " " + reason);
        }
    }

    private void expired(PaymentAttempt a, Instant now) {
        AttemptStatus status = a.cancelRequested() ? AttemptStatus.CANCELLED : AttemptStatus.EXPIRED;
        if (!attempts.settle(a.id(), status, now)) {
            return;
        }
        if (status == AttemptStatus.EXPIRED) {
            outbox.publish(new PaymentExpired(a.escrowId(), a.attempt(), a.reference(), now));
            meters.payment(a.provider(), PaymentOutcome.EXPIRED);
        }
        audit.decision(a.escrowId(), a.reference(), status == AttemptStatus.EXPIRED ? "PaymentExpired" : "cancelled");
    }

    private void stillOpen(PaymentAttempt a, Instant now) {
        if (now.isAfter(a.expiresAt().plus(props.grace()))) {
            attempts.reschedule(a.id(), null);
            audit.alert(
                    Severity.WARNING,
                    "STUCK_PAYMENT",
                    a.escrowId(),
                    a.reference(),
                    "still open at the provider long after its expiry; polling stopped");
            return;
        }
        attempts.reschedule(a.id(), nextPoll(a, now));
    }

    /**
     * When an open attempt is read next: on the polling schedule, or, for a provider verified without polling
     * ({@code payment.routing.verification}), once at its expiry — to expire it or find a last payment — and on the
     * schedule after that.
     */
    private Instant nextPoll(PaymentAttempt a, Instant now) {
        if (providers.verification(a.provider()).polls() || !now.isBefore(a.expiresAt())) {
            return schedule.next(a.createdAt(), now);
        }
        return a.expiresAt();
    }

    private void recover(PaymentAttempt a) {
        Instant now = clock.instant();
        boolean intent = a.mode() == PaymentMode.INTENT;
        if (intent && a.cancelRequested()) {
            tx.executeWithoutResult(status -> expired(a, now));
            return;
        }
        if (intent && a.createTries() < props.maxCreateTries() && now.isBefore(a.expiresAt())) {
            tx.executeWithoutResult(status -> audit.decision(
                    a.escrowId(), a.reference(), "sending the Dynamic QR create again (same reference)"));
            send(a);
            return;
        }
        if (intent || now.isAfter(a.expiresAt().plus(props.grace()))) {
            tx.executeWithoutResult(status -> {
                failed(a, "PROVIDER_UNAVAILABLE", "The payment provider did not confirm the payment request", now);
                audit.alert(
                        Severity.WARNING,
                        "PAYMENT_REQUEST_UNCONFIRMED",
                        a.escrowId(),
                        a.reference(),
                        "no answer from Setu after " + a.createTries() + " create(s)");
            });
            return;
        }
        tx.executeWithoutResult(status -> attempts.reschedule(a.id(), now.plus(props.recoveryAfter())));
    }
}
