package com.trustpay.payment.refund.application;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundInitiated;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.payment.ledger.domain.Reservation;
import com.trustpay.payment.metrics.application.PaymentMeters.RefundOutcome;
import com.trustpay.payment.polling.domain.PollSchedule;
import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.RefundSpec;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.payment.refund.domain.Refund;
import com.trustpay.payment.refund.domain.RefundStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * RefundPayment → a Setu refund of the escrow's collected payment. The refund row (our reference) is committed,
 * with its pending ledger transfer HELD → REFUNDED, before Setu is called: the ledger refuses a refund that, with the
 * escrow's payouts and other refunds (settled or under way), would exceed what was collected. Success posts the
 * transfer, failure voids it, each in the transaction that settles the refund. A create with an unknown outcome is looked up among the
 * payment's refunds by our reference before it is ever sent again, so a lost answer never refunds twice.
 *
 * <p>Whoever works a refund row (the first create, a poll, a webhook hint) holds it by a lease with a token of its
 * own (ADR 0013): renewed before each provider call only while the token still matches, released when the work ends.
 * Work that finds the row leased elsewhere does nothing, and work whose lease was lost stops before its next call, so
 * a webhook and a poll never both look a refund up and send it again.
 */
public class Refunds {

    /**
     * How a refund with a lost create answer is recovered.
     *
     * @param firstAfter when a freshly recorded refund is first looked at: after the worst-case time of its create
     *     call (token fetch and POST, twice on a 401), so recovery never races a create still in flight
     * @param after when a create that ended with an unknown outcome is looked at again
     * @param maxCreateTries how often a refund confirmed absent at Setu is sent
     * @param callLease what a refund row's lease is renewed to before each provider call: the worst case of one call
     *     (token fetch and request, twice on a 401) with a margin, so no one else takes the row while a call is out
     */
    public record Recovery(Duration firstAfter, Duration after, int maxCreateTries, Duration callLease) {}

    /** The claim on one refund row's work: the row and the token it is held by. */
    record Lease(UUID refundId, UUID token) {}

    /**
     * How a FAILED refund that Setu holds is read back for a late success (a bank can credit a refund after it was
     * reported failed): every {@code every}, for {@code lasting} after it failed.
     */
    public record LateReads(Duration every, Duration lasting) {}

    private final TransactionTemplate tx;
    private final RefundRows refunds;
    private final RefundPayments payments;
    private final RefundLedger ledger;
    private final RefundEffects effects;
    private final Clock clock;
    private final Recovery recovery;
    private final PollSchedule schedule;
    private final LateReads lateReads;

    public Refunds(
            TransactionTemplate tx,
            RefundRows refunds,
            RefundPayments payments,
            RefundLedger ledger,
            RefundEffects effects,
            Clock clock,
            Recovery recovery,
            PollSchedule schedule,
            LateReads lateReads) {
        this.tx = tx;
        this.refunds = refunds;
        this.payments = payments;
        this.ledger = ledger;
        this.effects = effects;
        this.clock = clock;
        this.recovery = recovery;
        this.schedule = schedule;
        this.lateReads = lateReads;
    }

    public void refund(UUID eventId, RefundPayment cmd) {
        Refund recorded = tx.execute(status -> start(eventId, cmd));
        if (recorded != null) {
            leased(recorded.id(), "create", lease -> send(lease, recorded));
        }
    }

    /**
     * Brings the refund up to date with Setu on a hint (a webhook), unless another holder (a poll, the create) is
     * working the row: then the hint is left to that work and to polling.
     */
    public void refresh(UUID refundId, String trigger) {
        leased(refundId, trigger, lease -> work(lease, trigger));
    }

    /** A poll's work on a refund row it claimed with {@code token} ({@code RefundRepository#workDue}). */
    public void refreshClaimed(UUID refundId, UUID token, String trigger) {
        Lease lease = new Lease(refundId, token);
        work(lease, trigger);
        refunds.release(refundId, token);
    }

    /**
     * Runs {@code work} under a lease of its own on the row, released when the work ends; nothing if another holder's
     * lease is running. Work that throws keeps the lease until it ends, as a poll's does.
     */
    private void leased(UUID refundId, String trigger, Consumer<Lease> work) {
        Lease lease = new Lease(refundId, UUID.randomUUID());
        Instant now = clock.instant();
        if (!refunds.claim(refundId, lease.token(), now.plus(recovery.callLease()), now)) {
            refunds.find(refundId)
                    .filter(r -> r.status().open())
                    .ifPresent(r -> tx.executeWithoutResult(status -> effects.decision(
                            r.escrowId(),
                            r.reference(),
                            trigger + ": refund is being worked elsewhere (leased); left to it")));
            return;
        }
        work.accept(lease);
        refunds.release(refundId, lease.token());
    }

    /**
     * Renews the lease for the provider call about to be made; false, with an audit entry, if it was lost (another
     * holder took the row after it ran out): the work must stop without calling Setu.
     */
    private boolean renew(Lease lease, Refund r, String call) {
        if (refunds.renewLease(lease.refundId(), lease.token(), clock.instant().plus(recovery.callLease()))) {
            return true;
        }
        tx.executeWithoutResult(status -> effects.decision(
                r.escrowId(), r.reference(), "lease lost before " + call + ": work stopped, left to the row's holder"));
        return false;
    }

    private void work(Lease lease, String trigger) {
        Refund r = refunds.find(lease.refundId()).orElse(null);
        if (r != null && r.status() == RefundStatus.FAILED && r.providerRefundId() != null) {
            readFailed(lease, r, trigger);
            return;
        }
        if (r == null || !r.status().open()) {
            return;
        }
        if (r.status().unconfirmed()) {
            recover(lease, r);
            return;
        }
        if (!renew(lease, r, "read")) {
            return;
        }
        ProviderResult<ProviderRefund> result = providerOf(r).readRefund(r.providerRefundId());
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            effects.providerCall(r.escrowId(), r.reference(), trigger + ": " + result.summary());
            if (result instanceof ProviderResult.Ok<ProviderRefund> ok) {
                apply(r, ok.value(), now);
            } else {
                refunds.recordError(r.id(), result.summary(), schedule.next(r.createdAt(), now), false, now);
            }
        });
    }

    /**
     * A hint or a late read on a refund we hold as FAILED: Setu is read once more, since a bank can credit a refund
     * after it was reported failed (a late success). The next late read is set after it, until the bound has passed.
     */
    private void readFailed(Lease lease, Refund r, String trigger) {
        if (!renew(lease, r, "read")) {
            return;
        }
        ProviderResult<ProviderRefund> result = providerOf(r).readRefund(r.providerRefundId());
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            effects.providerCall(r.escrowId(), r.reference(), trigger + " (refund FAILED): " + result.summary());
            if (result instanceof ProviderResult.Ok<ProviderRefund> ok
                    && ok.value().succeeded()) {
                lateSuccess(r, ok.value(), now);
            }
            refunds.rescheduleLateRead(r.id(), now.plus(lateReads.every()), now);
        });
    }

    /**
     * Setu credited a refund we had settled as FAILED (its pending transfer voided). It is booked as a one-phase
     * transfer {@code refund:<ref>/late} HELD → REFUNDED, and only if HELD covers it does the refund become SUCCEEDED
     * and RefundSucceeded go out (escrow-service takes REFUND_FAILED → REFUNDED). If HELD does not cover it (the
     * money was paid out or refunded again meanwhile) the money left twice: the row stays FAILED with a note, the
     * escrow's money is frozen and ops are told (CRITICAL), once.
     */
    private void lateSuccess(Refund r, ProviderRefund read, Instant now) {
        if (refunds.status(r.id()).orElseThrow() != RefundStatus.FAILED) {
            return;
        }
        refunds.recordRead(r.id(), read, now);
        if (r.excess()) {
            if (refunds.noteLateSuccess(r.id(), "late success at Setu, not booked (excess refund)", now)) {
                effects.alert(
                        Severity.CRITICAL,
                        "LATE_REFUND_SUCCESS",
                        r.escrowId(),
                        r.reference(),
                        "excess refund " + r.reference() + " was credited after it failed; the EXCESS account is"
                                + " not adjusted: settle it by hand");
            }
            return;
        }
        if (!ledger.bookLate(r.escrowId(), r.reference() + "/late", r.amountPaise(), now)) {
            if (refunds.noteLateSuccess(r.id(), "late success at Setu would overdraw HELD: not booked", now)) {
                ledger.freeze(r.escrowId(), "LATE_REFUND_OVERDRAWS " + r.reference(), now);
                effects.alert(
                        Severity.CRITICAL,
                        "LATE_REFUND_OVERDRAWS",
                        r.escrowId(),
                        r.reference(),
                        "refund " + r.reference() + " (" + r.amountPaise() + " paise) was credited after it failed,"
                                + " but the escrow no longer holds that money: the row stays FAILED, the escrow's"
                                + " money is frozen (no payout, no refund) until ops resolve it");
            }
            return;
        }
        refunds.settle(r.id(), RefundStatus.FAILED, RefundStatus.SUCCEEDED, null, now);
        report(r, new RefundSucceeded(r.escrowId(), r.reference(), r.amountPaise(), read.id(), now));
        effects.decision(
                r.escrowId(),
                r.reference(),
                "late success: FAILED → SUCCEEDED, booked as refund:" + r.reference() + "/late; RefundSucceeded");
    }

    /**
     * Records the refund that gives back money which was not the escrow's to hold (a second payment, a wrong
     * amount, a late payment on a dead attempt; ADR 0012), in the caller's transaction: the refund row, keyed by the
     * provider payment so it is recorded once however often the payment is read, and its pending transfer out of
     * the escrow's EXCESS account (never HELD). The caller has captured the money into EXCESS and calls
     * {@link #sendExcess} after its commit. Empty if this payment's refund was recorded before.
     */
    public Optional<Refund> recordExcess(
            UUID escrowId,
            String providerPaymentId,
            String providerTxnId,
            long amountPaise,
            String reason,
            Instant now) {
        if (refunds.findExcess(providerPaymentId).isPresent()) {
            return Optional.empty();
        }
        ledger.lockHeld(escrowId);
        int n = refunds.nextExcessNumber(escrowId);
        Refund r = Refund.create(escrowId, n, amountPaise, reason, providerPaymentId, providerTxnId, now);
        r = new Refund(
                r.id(),
                escrowId,
                n,
                Refund.excessReferenceFor(escrowId, n),
                amountPaise,
                reason,
                providerPaymentId,
                providerTxnId,
                r.status(),
                0,
                null,
                now);
        if (!refunds.insertExcess(r, providerPaymentId, now.plus(recovery.firstAfter()))) {
            return Optional.empty();
        }
        if (!ledger.reserveExcess(escrowId, r.reference(), amountPaise, now)) {
            throw new IllegalStateException("excess of payment " + providerPaymentId + " was not captured first");
        }
        effects.decision(escrowId, r.reference(), "excess refund " + n + " recorded (" + reason + "); asking Setu");
        return Optional.of(r);
    }

    /** Whether the money of {@code providerPaymentId} is already being given back as excess. */
    public boolean beingReturned(String providerPaymentId) {
        return refunds.findExcess(providerPaymentId).isPresent();
    }

    /** Sends an excess refund recorded by {@link #recordExcess}, after its transaction committed. */
    public void sendExcess(Refund r) {
        leased(r.id(), "create", lease -> send(lease, r));
    }

    private Refund start(UUID eventId, RefundPayment cmd) {
        if (!effects.firstDelivery(eventId)) {
            return null;
        }
        Instant now = clock.instant();
        effects.command(
                cmd.escrowId(),
                null,
                "RefundPayment " + (cmd.refundNumber() == null ? "(no number)" : "number " + cmd.refundNumber()) + ", "
                        + cmd.amountPaise() + " paise: " + cmd.reason());
        var collected = payments.collected(cmd.escrowId());
        ledger.lockHeld(cmd.escrowId());
        Integer n = number(cmd, now);
        if (n == null) {
            return null;
        }
        String reference = Refund.referenceFor(cmd.escrowId(), n);
        if (collected.isEmpty()) {
            refuse(cmd, reference, "NOT_COLLECTED", "no payment was collected for this escrow", now);
            return null;
        }
        if (cmd.amountPaise() <= 0) {
            refuse(cmd, reference, "INVALID_AMOUNT", "a refund must be at least 1 paisa", now);
            return null;
        }
        switch (ledger.reserve(cmd.escrowId(), reference, cmd.amountPaise(), now)) {
            case Reservation.NotCollected nc -> {
                refuse(cmd, reference, "NOT_COLLECTED", "no payment was collected for this escrow", now);
                return null;
            }
            case Reservation.Insufficient no -> {
                refuse(
                        cmd,
                        reference,
                        "EXCEEDS_COLLECTED",
                        "only " + no.availablePaise()
                                + " paise are still held (payouts and refunds, settled or under way, counted)",
                        now);
                return null;
            }
            case Reservation.Frozen f -> {
                refuse(cmd, reference, "ESCROW_FROZEN", "the escrow's money is frozen: " + f.reason(), now);
                return null;
            }
            case Reservation.Reserved r
            when r.duplicate() -> {
                effects.decision(cmd.escrowId(), reference, "refund " + n + " already reserved: nothing to do");
                return null;
            }
            case Reservation.Reserved r -> {}
        }
        Refund r = Refund.create(
                cmd.escrowId(),
                n,
                cmd.amountPaise(),
                cmd.reason(),
                collected.get().paymentId(),
                collected.get().txnId(),
                now);
        refunds.insert(r, now.plus(recovery.firstAfter()));
        effects.decision(r.escrowId(), r.reference(), "refund " + n + " recorded; asking Setu");
        return r;
    }

    /**
     * The number this command's refund gets, or null if it is no new refund (ADR 0013), in the transaction that holds
     * the escrow's HELD lock: a number already recorded is a command published again (a CRITICAL alert if it asks for
     * another amount); a command without one (an old producer's) gets the next number only while the escrow has no
     * refund under way or succeeded, since it may be a repeat of that refund's command.
     */
    private Integer number(RefundPayment cmd, Instant now) {
        UUID escrow = cmd.escrowId();
        if (cmd.refundNumber() == null) {
            var live = refunds.findLive(escrow);
            if (live.isPresent()) {
                effects.decision(
                        escrow,
                        live.get().reference(),
                        "RefundPayment without a refund number while refund "
                                + live.get().n() + " is " + live.get().status()
                                + ": nothing done (an old producer's repeat?)");
                return null;
            }
            return refunds.nextNumber(escrow);
        }
        int n = cmd.refundNumber();
        if (n < 1) {
            refuse(cmd, Refund.referenceFor(escrow, n), "INVALID_REFUND_NUMBER", "refund number " + n + " < 1", now);
            return null;
        }
        var recorded = refunds.findNumbered(escrow, n);
        if (recorded.isEmpty()) {
            return n;
        }
        Refund r = recorded.get();
        if (r.amountPaise() != cmd.amountPaise()) {
            effects.alert(
                    Severity.CRITICAL,
                    "REFUND_NUMBER_CONFLICT",
                    escrow,
                    r.reference(),
                    "RefundPayment number " + n + " asks for " + cmd.amountPaise() + " paise, but refund " + n
                            + " was recorded for " + r.amountPaise() + " paise (" + r.status() + "): nothing done");
        } else {
            effects.decision(
                    escrow, r.reference(), "refund " + n + " already recorded (" + r.status() + "): nothing to do");
        }
        return null;
    }

    /** The collection provider of the payment this refund gives back (Setu for payments from before routing). */
    private UpiCollections providerOf(Refund r) {
        return payments.collections(r.providerPaymentId());
    }

    private void refuse(RefundPayment cmd, String reference, String code, String reason, Instant now) {
        effects.publish(new RefundFailed(cmd.escrowId(), reference, cmd.amountPaise(), code, reason, now));
        effects.alert(Severity.CRITICAL, "REFUND_FAILED", cmd.escrowId(), reference, code + ": " + reason);
    }

    private void send(Lease lease, Refund r) {
        if (!renew(lease, r, "create")) {
            return;
        }
        ProviderResult<ProviderRefund> result = providerOf(r)
                .refund(new RefundSpec(r.reference(), r.providerPaymentId(), r.amountPaise(), remarks(r.reason())));
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            effects.providerCall(r.escrowId(), r.reference(), result.summary());
            switch (result) {
                case ProviderResult.Ok<ProviderRefund> ok -> accepted(r, ok.value(), now);
                case ProviderResult.Rejected<ProviderRefund> no
                when definitive(r, no) -> failed(r, no.code(), no.message(), now);
                case ProviderResult.Rejected<ProviderRefund> no ->
                    unknown(r, "answered " + no.call().httpStatus() + " " + no.code() + ": " + no.message(), now);
                case ProviderResult.Unknown<ProviderRefund> unknown -> unknown(r, unknown.message(), now);
            }
        });
    }

    /**
     * Whether a refusal means Setu does not have the refund: only a 400 or 422 to the first send. A 401/403/404 says
     * nothing about the refund, and any 4xx to a re-send may be Setu refusing what it already has, so those are
     * UNKNOWN and the refund is looked up before it is sent again.
     */
    private static boolean definitive(Refund r, ProviderResult.Rejected<ProviderRefund> no) {
        int status = no.call().httpStatus();
        return r.status() == RefundStatus.CREATING && r.createTries() == 0 && (status == 400 || status == 422);
    }

    private void unknown(Refund r, String why, Instant now) {
        RefundStatus from = refunds.status(r.id()).orElseThrow();
        if (from.unconfirmed() && refunds.markUnknown(r.id(), from, why, now.plus(recovery.after()), now)) {
            effects.failure(r.escrowId(), r.reference(), "create outcome unknown: " + why);
        }
    }

    /**
     * A create whose answer was lost (or a crash around it): find our refund at Setu among the payment's refunds by
     * reference (Setu's referenceId is no idempotency key). Only once Setu confirmed there is none is it sent again,
     * or, after {@code maxCreateTries}, failed. If that cannot be confirmed (the payment's txnId is unknown, or Setu
     * does not answer) the refund stays CREATING or UNKNOWN, is polled, and ops are told once (REFUND_UNCONFIRMED).
     */
    private void recover(Lease lease, Refund r) {
        String txnId = r.providerPaymentTxnId();
        if (txnId == null) {
            if (!renew(lease, r, "payment read")) {
                return;
            }
            ProviderResult<ProviderPayment> payment = providerOf(r).readPayment(r.providerPaymentId());
            Instant now = clock.instant();
            String read = payment instanceof ProviderResult.Ok<ProviderPayment> ok
                    ? ok.value().txnId()
                    : null;
            tx.executeWithoutResult(status -> {
                effects.providerCall(r.escrowId(), r.reference(), "recovery, payment txnId: " + payment.summary());
                if (read != null) {
                    refunds.recordTxnId(r.id(), read, now);
                } else {
                    unconfirmed(r, "txnId of payment " + r.providerPaymentId() + " unknown: " + payment.summary(), now);
                }
            });
            if (read == null) {
                return;
            }
            txnId = read;
        }
        if (!renew(lease, r, "refund list")) {
            return;
        }
        ProviderResult<Optional<ProviderRefund>> listed = providerOf(r).refundByReference(txnId, r.reference());
        Instant now = clock.instant();
        if (!(listed instanceof ProviderResult.Ok<Optional<ProviderRefund>> ok)) {
            tx.executeWithoutResult(status -> {
                effects.providerCall(r.escrowId(), r.reference(), "recovery: " + listed.summary());
                unconfirmed(r, listed.summary(), now);
            });
            return;
        }
        Optional<ProviderRefund> mine = ok.value();
        if (mine.isPresent()) {
            tx.executeWithoutResult(status -> {
                effects.providerCall(r.escrowId(), r.reference(), "recovery: " + listed.summary());
                accepted(r, mine.get(), now);
            });
            return;
        }
        if (r.createTries() < recovery.maxCreateTries()) {
            tx.executeWithoutResult(status -> effects.decision(
                    r.escrowId(),
                    r.reference(),
                    "recovery: no refund of ours at Setu (" + listed.summary() + "); sending"));
            send(lease, r);
            return;
        }
        tx.executeWithoutResult(status -> failed(
                r,
                "PROVIDER_UNAVAILABLE",
                "Setu never accepted the refund: none found after " + r.createTries() + " create(s)",
                now));
    }

    /** Setu could not confirm whether the refund exists: it stays CREATING or UNKNOWN and is looked at again; ops told once. */
    private void unconfirmed(Refund r, String why, Instant now) {
        refunds.recordError(r.id(), why, schedule.next(r.createdAt(), now), false, now);
        if (refunds.markUnconfirmedAlerted(r.id(), now)) {
            effects.alert(
                    Severity.CRITICAL,
                    "REFUND_UNCONFIRMED",
                    r.escrowId(),
                    r.reference(),
                    "cannot confirm at Setu whether refund " + r.reference() + " exists (" + why
                            + "); not sent again, kept unsettled and polled");
        }
    }

    private void accepted(Refund r, ProviderRefund read, Instant now) {
        RefundStatus from = refunds.status(r.id()).orElseThrow();
        if (from.unconfirmed()
                && refunds.markPending(r.id(), from, read.id(), schedule.next(r.createdAt(), now), now)) {
            report(r, new RefundInitiated(r.escrowId(), r.reference(), r.amountPaise(), now));
            effects.decision(r.escrowId(), r.reference(), "RefundInitiated: Setu refund " + read.id());
        }
        apply(r, read, now);
    }

    private void apply(Refund r, ProviderRefund read, Instant now) {
        refunds.recordRead(r.id(), read, now);
        if (read.succeeded()) {
            if (settle(r, RefundStatus.SUCCEEDED, null, now)) {
                if (!ledger.post(r.reference(), now)) {
                    effects.failure(r.escrowId(), r.reference(), "ledger: no pending refund transfer to post");
                }
                report(r, new RefundSucceeded(r.escrowId(), r.reference(), r.amountPaise(), read.id(), now));
                effects.decision(r.escrowId(), r.reference(), "RefundSucceeded");
            }
        } else if (read.failed()) {
            failed(r, read.reasonCode() == null ? "REFUND_FAILED" : read.reasonCode(), reason(read), now);
        } else {
            refunds.reschedule(r.id(), schedule.next(r.createdAt(), now));
        }
    }

    private void failed(Refund r, String code, String reason, Instant now) {
        if (settle(r, RefundStatus.FAILED, code + ": " + reason, now)) {
            if (!ledger.voidPending(r.reference(), now)) {
                effects.failure(r.escrowId(), r.reference(), "ledger: no pending refund transfer to void");
            }
            report(r, new RefundFailed(r.escrowId(), r.reference(), r.amountPaise(), code, reason, now));
            effects.alert(Severity.CRITICAL, "REFUND_FAILED", r.escrowId(), r.reference(), code + ": " + reason);
            refunds.scheduleLateReads(r.id(), now.plus(lateReads.every()), now.plus(lateReads.lasting()));
        }
    }

    /** An open refund settled as {@code to}, guarded on the status it has now; false if it was not open. */
    private boolean settle(Refund r, RefundStatus to, String error, Instant now) {
        RefundStatus from = refunds.status(r.id()).orElseThrow();
        return from.open() && refunds.settle(r.id(), from, to, error, now);
    }

    /**
     * Publishes a refund outcome to escrow-service, unless the refund gives back excess money: that is not the
     * escrow's refund, and escrow-service must not count it as one (it learnt of it from PaymentReturned).
     */
    private void report(Refund r, Message event) {
        effects.counted(
                payments.providerOf(r.providerPaymentId()),
                event instanceof RefundSucceeded ? RefundOutcome.SUCCEEDED : RefundOutcome.FAILED);
        if (r.excess()) {
            effects.decision(
                    r.escrowId(),
                    r.reference(),
                    "excess refund: " + event.getClass().getSimpleName());
            return;
        }
        effects.publish(event);
    }

    private static String reason(ProviderRefund read) {
        return read.reason() != null ? read.reason() : "refund " + read.status();
    }

    private static String remarks(String reason) {
        if (reason == null || reason.isBlank()) {
            return "Escrow refund";
        }
        return reason.length() > 100 ? reason.substring(0, 100) : reason;
    }
}
