package com.trustpay.reconciliation.support;

import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.escrow.Cancelled;
import com.trustpay.contracts.escrow.EscrowCreated;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.escrow.PartnerJoined;
import com.trustpay.contracts.escrow.PaymentAwaited;
import com.trustpay.contracts.escrow.PaymentLapsed;
import com.trustpay.contracts.escrow.RefundStarted;
import com.trustpay.contracts.escrow.Refunded;
import com.trustpay.contracts.escrow.ReleaseStarted;
import com.trustpay.contracts.escrow.Released;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundInitiated;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutReversed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One escrow's life as escrow-service and payment-service tell it on their topics, step by step in the order their
 * events really come: {@code Story.of(feed, amount, start).joined().requested().paid().held().paidOut()}. A test that
 * needs a fault tells the story with one thing wrong in it.
 */
public final class Story {

    public final UUID escrowId = UUID.randomUUID();
    private final Feed feed;
    private final long amount;
    private Instant at;
    private int attempt;
    private int payoutAttempt;
    private int refunds;
    private String paymentReference;
    private String payoutReference;
    private String refundReference;
    private Integer milestone;
    private long payoutPaise;
    private long refundPaise;

    private Story(Feed feed, long amount, Instant start) {
        this.feed = feed;
        this.amount = amount;
        this.at = start;
        this.payoutPaise = amount;
        this.refundPaise = amount;
        feed.send(
                new EscrowCreated(
                        escrowId,
                        "C" + escrowId.toString().substring(0, 5).toUpperCase(),
                        "Blue Heron",
                        "Laptop",
                        amount,
                        PartyRole.PAYER,
                        UUID.randomUUID(),
                        start.plus(Duration.ofDays(7))),
                start);
    }

    public static Story of(Feed feed, long amount, Instant start) {
        return new Story(feed, amount, start);
    }

    /** An escrow joined, paid and held: where milestones and split decisions begin. */
    public static Story held(Feed feed, long amount, Instant start) {
        return of(feed, amount, start).joined().requested().paid().held();
    }

    private Instant tick(Duration d) {
        at = at.plus(d);
        return at;
    }

    public Instant now() {
        return at;
    }

    public Story joined() {
        feed.send(new PartnerJoined(escrowId, UUID.randomUUID(), UUID.randomUUID()), tick(Duration.ofSeconds(30)));
        return this;
    }

    /** A payment request valid for {@code validity}. */
    public Story requested(Duration validity) {
        attempt++;
        paymentReference = "TP" + escrowId.toString().substring(0, 8).toUpperCase() + "A" + attempt;
        feed.send(new PaymentAwaited(escrowId, attempt), tick(Duration.ofSeconds(1)));
        Instant requested = tick(Duration.ofSeconds(1));
        feed.send(
                new PaymentRequested(
                        escrowId,
                        attempt,
                        paymentReference,
                        PaymentMode.INTENT,
                        amount,
                        "upi://pay?pa=trustpay@sandbox&tr=" + paymentReference,
                        null,
                        null,
                        null,
                        requested.plus(validity)),
                requested);
        return this;
    }

    public Story requested() {
        return requested(Duration.ofMinutes(15));
    }

    /** payment-service: the provider collected {@code collected} paise. */
    public Story paid(long collected) {
        Instant paidAt = tick(Duration.ofSeconds(40));
        feed.send(
                new PaymentSucceeded(
                        escrowId,
                        attempt,
                        paymentReference,
                        collected,
                        "setu_" + paymentReference,
                        "4123" + Math.abs(paymentReference.hashCode()),
                        "asha@okaxis",
                        paidAt),
                paidAt);
        return this;
    }

    public Story paid() {
        return paid(amount);
    }

    public Story failed() {
        Instant failedAt = tick(Duration.ofSeconds(20));
        feed.send(new PaymentFailed(escrowId, attempt, paymentReference, "U30", "Debit failed", failedAt), failedAt);
        feed.send(new PaymentLapsed(escrowId, attempt, "FAILED", "U30: Debit failed"), tick(Duration.ofSeconds(1)));
        return this;
    }

    public Story expired() {
        Instant expiredAt = tick(Duration.ofMinutes(15));
        feed.send(new PaymentExpired(escrowId, attempt, paymentReference, expiredAt), expiredAt);
        feed.send(new PaymentLapsed(escrowId, attempt, "EXPIRED", "expired"), tick(Duration.ofSeconds(1)));
        return this;
    }

    /** escrow-service: FundsHeld for the current payment. */
    public Story held() {
        feed.send(new FundsHeld(escrowId, amount, paymentReference), tick(Duration.ofSeconds(1)));
        return this;
    }

    /** Both confirmed: escrow-service starts the release, payment-service initiates a payout. */
    public Story releasing() {
        feed.send(new ReleaseStarted(escrowId, amount, 1), tick(Duration.ofMinutes(5)));
        return payoutInitiated();
    }

    public Story payoutInitiated() {
        payoutAttempt++;
        payoutReference = "PO" + escrowId.toString().substring(0, 8).toUpperCase()
                + (milestone == null ? "" : "M" + milestone) + "R1A" + payoutAttempt;
        Instant initiated = tick(Duration.ofSeconds(1));
        feed.send(
                new PayoutInitiated(
                        escrowId, payoutReference, 1, payoutAttempt, payoutPaise, "ravi@ybl", initiated, milestone),
                initiated);
        return this;
    }

    /**
     * A payout of {@code paise} for the milestone ({@code null}: the escrow as one, e.g. the released part of a
     * split decision), initiated and processed, without escrow-service's {@code Released}.
     */
    public Story payoutOf(Integer milestone, long paise) {
        this.milestone = milestone;
        this.payoutPaise = paise;
        return payoutInitiated().payoutSucceeded(paise);
    }

    /** escrow-service starts the release of one milestone, payment-service initiates its payout. */
    public Story milestoneReleasing(int milestone, long paise) {
        feed.send(new ReleaseStarted(escrowId, paise, 1, milestone), tick(Duration.ofMinutes(5)));
        this.milestone = milestone;
        this.payoutPaise = paise;
        return payoutInitiated();
    }

    /** One milestone of {@code paise} released by escrow-service and paid out by payment-service. */
    public Story milestonePaidOut(int milestone, long paise) {
        return milestoneReleasing(milestone, paise).payoutSucceeded(paise).released();
    }

    /** An admin's split decision, its released part: {@code paise} paid out for the escrow as one. */
    public Story splitPaidOut(long paise) {
        feed.send(new ReleaseStarted(escrowId, paise, 1), tick(Duration.ofMinutes(5)));
        return payoutOf(null, paise).released();
    }

    /** escrow-service refunds {@code paise} (the rest of a split, or what milestones left), payment-service does it. */
    public Story refundedRest(long paise) {
        refundPaise = paise;
        feed.send(new RefundStarted(escrowId, paise, "the rest back to the payer"), tick(Duration.ofMinutes(1)));
        return refundInitiated().refundSucceeded().refunded();
    }

    public Story payoutRetried() {
        Instant failed = tick(Duration.ofSeconds(10));
        feed.send(
                new PayoutRetryScheduled(
                        escrowId, payoutReference, 1, payoutAttempt, failed.plusSeconds(30), "bank down"),
                failed);
        return payoutInitiated();
    }

    public Story payoutSucceeded(long paidOut) {
        Instant done = tick(Duration.ofSeconds(20));
        feed.send(
                new PayoutSucceeded(
                        escrowId,
                        payoutReference,
                        paidOut,
                        "pout_" + payoutReference,
                        "UTR" + Math.abs(payoutReference.hashCode()),
                        done,
                        milestone),
                done);
        return this;
    }

    public Story payoutFailed() {
        Instant done = tick(Duration.ofSeconds(20));
        feed.send(new PayoutFailed(escrowId, payoutReference, 1, payoutAttempt, "BANK_DOWN", "bank down", done), done);
        return this;
    }

    /** payment-service: the bank returned the payout that had succeeded (ADR 0014). */
    public Story payoutReversed() {
        Instant reversed = tick(Duration.ofMinutes(2));
        feed.send(
                new PayoutReversed(
                        escrowId, payoutReference, "pout_" + payoutReference, amount, "reversed by the bank", reversed),
                reversed);
        return this;
    }

    /** escrow-service: Released. */
    public Story released() {
        feed.send(new Released(escrowId, payoutPaise, payoutReference, milestone), tick(Duration.ofSeconds(1)));
        return this;
    }

    public Story paidOut() {
        return releasing().payoutSucceeded(amount).released();
    }

    public Story cancelled(String previous) {
        feed.send(new Cancelled(escrowId, UUID.randomUUID(), "changed my mind", previous), tick(Duration.ofMinutes(1)));
        return this;
    }

    /** escrow-service starts a refund, payment-service initiates it. */
    public Story refunding() {
        feed.send(new RefundStarted(escrowId, amount, "cancelled by the payee"), tick(Duration.ofMinutes(1)));
        return refundInitiated();
    }

    public Story refundInitiated() {
        refunds++;
        refundReference = "RF" + escrowId.toString().substring(0, 8).toUpperCase() + "N" + refunds;
        Instant initiated = tick(Duration.ofSeconds(1));
        feed.send(new RefundInitiated(escrowId, refundReference, refundPaise, initiated), initiated);
        return this;
    }

    public Story refundSucceeded() {
        Instant done = tick(Duration.ofSeconds(30));
        feed.send(new RefundSucceeded(escrowId, refundReference, refundPaise, "rfnd_" + refundReference, done), done);
        return this;
    }

    public Story refundFailed() {
        Instant done = tick(Duration.ofSeconds(30));
        feed.send(new RefundFailed(escrowId, refundReference, amount, "REFUND_REJECTED", "rejected", done), done);
        return this;
    }

    /** escrow-service: Refunded. */
    public Story refunded() {
        feed.send(new Refunded(escrowId, refundPaise, refundReference), tick(Duration.ofSeconds(1)));
        return this;
    }
}
