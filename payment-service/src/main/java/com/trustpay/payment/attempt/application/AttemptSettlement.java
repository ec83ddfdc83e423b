package com.trustpay.payment.attempt.application;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.payment.attempt.AttemptProperties;
import com.trustpay.payment.attempt.domain.AttemptOutcome;
import com.trustpay.payment.attempt.domain.AttemptStatus;
import com.trustpay.payment.attempt.domain.PaymentAttempt;
import com.trustpay.payment.attempt.persistence.AttemptRepository;
import com.trustpay.payment.audit.application.AuditLog;
import com.trustpay.payment.ledger.application.Ledger;
import com.trustpay.payment.polling.domain.PollSchedule;
import com.trustpay.payment.provider.domain.CreatedRequest;
import com.trustpay.payment.provider.domain.PaymentRequestSpec;
import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.RequestState;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves attempts along with what Setu says: sends the create (outside any transaction) and records its answer,
 * reads the request back on every hint (webhook, payer check, poll) and publishes the outcome once, in the
 * transaction that records it. A create whose answer never came is recovered here too (see {@link #refresh}).
 */
public class AttemptSettlement {

    private final TransactionTemplate tx;
    private final AttemptRepository attempts;
    private final UpiCollections setu;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final AttemptProperties props;
    private final PollSchedule schedule;
    private final Ledger ledger;

    public AttemptSettlement(
            TransactionTemplate tx,
            AttemptRepository attempts,
            UpiCollections setu,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            AttemptProperties props,
            PollSchedule schedule,
            Ledger ledger) {
        this.tx = tx;
        this.attempts = attempts;
        this.setu = setu;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.props = props;
        this.schedule = schedule;
        this.ledger = ledger;
    }

    /** Asks Setu for the attempt's Dynamic QR or collect; the attempt row is already committed. */
    void send(PaymentAttempt a) {
        ProviderResult<CreatedRequest> result = setu.request(new PaymentRequestSpec(
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
            if (mayBePaidLate(a)) {
                recheck(a, trigger);
            }
            return;
        }
        if (a.providerInstanceId() == null) {
            recover(a);
            return;
        }
        ProviderResult<RequestState> result = setu.read(a.mode(), a.providerInstanceId());
        Instant now = clock.instant();
        if (!(result instanceof ProviderResult.Ok<RequestState> ok)) {
            tx.executeWithoutResult(status -> {
                audit.providerCall(a.escrowId(), a.reference(), trigger + ": " + result.summary());
                attempts.fail(a.id(), result.summary(), now);
                attempts.reschedule(a.id(), schedule.next(a.createdAt(), now));
            });
            return;
        }
        AttemptOutcome outcome = AttemptOutcome.of(a.reference(), ok.value());
        Boolean expireLink =
                tx.execute(status -> apply(a, ok.value(), outcome, trigger + ": " + result.summary(), now));
        if (Boolean.TRUE.equals(expireLink)) {
            ProviderResult<String> expired = setu.expire(a.mode(), a.providerInstanceId());
            tx.executeWithoutResult(status -> audit.providerCall(
                    a.escrowId(), a.reference(), "close link after failed payment: " + expired.summary()));
        }
    }

    /** Takes over a collect found by our reference (its create answer was lost), then reads it. */
    public void adopt(PaymentAttempt a, String instanceId) {
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
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

    private Boolean apply(PaymentAttempt a, RequestState state, AttemptOutcome outcome, String summary, Instant now) {
        attempts.recordRead(a.id(), state, now);
        audit.providerCall(
                a.escrowId(),
                a.reference(),
                summary + " (request " + state.status() + ", "
                        + state.payments().size() + " payment(s))");
        switch (outcome) {
            case AttemptOutcome.Paid paid -> succeeded(a, paid.payment(), now, false);
            case AttemptOutcome.Failed f -> {
                failed(a, f.reasonCode(), f.reason(), now);
                boolean stillPayable = a.mode() == PaymentMode.INTENT && !state.closed();
                if (stillPayable) {
                    // the payer may retry in the UPI app until the QR is closed: keep watching it
                    attempts.watchSettled(a.id(), schedule.next(a.createdAt(), now));
                }
                return stillPayable;
            }
            case AttemptOutcome.Expired e -> expired(a, now);
            case AttemptOutcome.Foreign f -> {
                audit.alert(
                        Severity.WARNING,
                        "FOREIGN_PAYMENT",
                        a.escrowId(),
                        a.reference(),
                        "payment " + f.payment().id() + " carries reference "
                                + f.payment().referenceId());
                attempts.reschedule(a.id(), schedule.next(a.createdAt(), now));
            }
            case AttemptOutcome.Open o -> stillOpen(a, now);
        }
        return false;
    }

    private void requested(PaymentAttempt a, CreatedRequest created, Instant now) {
        boolean intent = a.mode() == PaymentMode.INTENT;
        String qr = created.qrPngBase64() != null || created.intentLink() == null
                ? created.qrPngBase64()
                : QrCodes.pngBase64(created.intentLink());
        if (!attempts.markRequested(a.id(), created, qr, schedule.next(a.createdAt(), now), now)) {
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
     * A FAILED or EXPIRED attempt with a provider request: the payer may have paid it after all (a retry in the UPI app
     * on a Dynamic QR whose withdrawal failed, or a payment that landed as the request closed).
     */
    private static boolean mayBePaidLate(PaymentAttempt a) {
        return (a.status() == AttemptStatus.FAILED || a.status() == AttemptStatus.EXPIRED)
                && a.providerInstanceId() != null;
    }

    /**
     * Reads a settled FAILED or EXPIRED attempt again: a successful payment settles it SUCCEEDED after all; a failed
     * Dynamic QR is watched (and withdrawn again) until the provider shows it closed or its expiry and grace passed.
     */
    private void recheck(PaymentAttempt a, String trigger) {
        ProviderResult<RequestState> result = setu.read(a.mode(), a.providerInstanceId());
        Instant now = clock.instant();
        boolean watching = a.status() == AttemptStatus.FAILED
                && a.mode() == PaymentMode.INTENT
                && now.isBefore(a.expiresAt().plus(props.grace()));
        String summary = trigger + " (attempt " + a.status() + "): " + result.summary();
        if (!(result instanceof ProviderResult.Ok<RequestState> ok)) {
            tx.executeWithoutResult(status -> {
                audit.providerCall(a.escrowId(), a.reference(), summary);
                attempts.watchSettled(a.id(), watching ? schedule.next(a.createdAt(), now) : null);
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
        AttemptOutcome outcome = AttemptOutcome.of(a.reference(), state);
        Boolean expireLink = tx.execute(status -> {
            attempts.recordRead(a.id(), state, now);
            audit.providerCall(
                    a.escrowId(),
                    a.reference(),
                    summary + " (request " + state.status() + ", "
                            + state.payments().size() + " payment(s))");
            if (outcome instanceof AttemptOutcome.Paid paid) {
                succeeded(a, paid.payment(), now, true);
                return false;
            }
            boolean open = a.status() == AttemptStatus.FAILED && a.mode() == PaymentMode.INTENT && !state.closed();
            attempts.watchSettled(a.id(), open && watching ? schedule.next(a.createdAt(), now) : null);
            if (open && !watching) {
                audit.alert(
                        Severity.WARNING,
                        "STUCK_PAYMENT",
                        a.escrowId(),
                        a.reference(),
                        "Dynamic QR of a failed attempt still open at the provider long after its expiry;"
                                + " polling stopped");
            }
            return open && watching;
        });
        if (Boolean.TRUE.equals(expireLink)) {
            ProviderResult<String> expired = setu.expire(a.mode(), a.providerInstanceId());
            tx.executeWithoutResult(status -> audit.providerCall(
                    a.escrowId(), a.reference(), "close link after failed payment: " + expired.summary()));
        }
    }

    private void succeeded(PaymentAttempt a, ProviderPayment p, Instant now, boolean late) {
        boolean settled =
                late ? attempts.settleLate(a.id(), now) : attempts.settle(a.id(), AttemptStatus.SUCCEEDED, now);
        if (!settled) {
            return;
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
        audit.decision(
                a.escrowId(), a.reference(), "PaymentSucceeded: " + p.amountPaise() + " paise, payment " + p.id());
        if (p.amountPaise() != a.amountPaise()) {
            audit.alert(
                    Severity.CRITICAL,
                    "AMOUNT_MISMATCH",
                    a.escrowId(),
                    a.reference(),
                    "expected " + a.amountPaise() + " paise, provider payment " + p.id() + " has " + p.amountPaise());
        }
    }

    private void failed(PaymentAttempt a, String code, String reason, Instant now) {
        if (attempts.settle(a.id(), AttemptStatus.FAILED, now)) {
            attempts.fail(a.id(), code + ": " + reason, now);
            outbox.publish(new PaymentFailed(a.escrowId(), a.attempt(), a.reference(), code, reason, now));
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
        attempts.reschedule(a.id(), schedule.next(a.createdAt(), now));
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
