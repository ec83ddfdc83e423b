package com.trustpay.reconciliation.reconciliation.domain;

import static com.trustpay.reconciliation.reconciliation.domain.MismatchKind.AMOUNT_MISMATCH;
import static com.trustpay.reconciliation.reconciliation.domain.MismatchKind.DOUBLE_PAYOUT;
import static com.trustpay.reconciliation.reconciliation.domain.MismatchKind.HELD_WITHOUT_PAYMENT;
import static com.trustpay.reconciliation.reconciliation.domain.MismatchKind.PAYOUT_AND_REFUND;
import static com.trustpay.reconciliation.reconciliation.domain.MismatchKind.PAYOUT_REVERSED;
import static com.trustpay.reconciliation.reconciliation.domain.MismatchKind.REFUNDS_EXCEED_COLLECTED;
import static com.trustpay.reconciliation.reconciliation.domain.MismatchKind.RELEASED_WITHOUT_PAYOUT;
import static com.trustpay.reconciliation.reconciliation.domain.MismatchKind.STATUS_MISMATCH;
import static com.trustpay.reconciliation.reconciliation.domain.MismatchKind.STUCK_PENDING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The matching engine: compares what escrow-service believes about one escrow with what payment-service recorded
 * and returns every disagreement, each once. Pure and stateless, so a run over a million escrows is a loop.
 *
 * <p>Disagreements that one side's normal lag explains (escrow-service acts on payment-service's events a moment
 * later) count only once they are older than {@link MatchingRules#settleLag()}; a payment open inside its validity
 * and a payout still processing are not mismatches.
 */
public final class Matcher {

    /** The flag payment-service raises as an alert when a payout it reported as paid was reversed. */
    public static final String REVERSAL_FLAG = "PAYOUT_REVERSED";

    /** The flag payment-service raises as an alert when a second payout of an escrow (or milestone) was processed. */
    public static final String DOUBLE_PAYOUT_FLAG = "DOUBLE_PAYOUT";

    private final MatchingRules rules;

    public Matcher(MatchingRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public List<Finding> match(ReconciliationCase c, Instant now) {
        Check check = new Check(c.escrowId(), c.escrow(), withReversals(c.payments()), now);
        check.stuck();
        check.moneyOutTwice();
        check.reversals();
        check.amounts();
        check.moneyBeyondCollected();
        check.escrowAheadOfPayments();
        check.paymentsAheadOfEscrow();
        return List.copyOf(check.found.values());
    }

    /**
     * payment-service reports a reversal only as an alert about the escrow: its last successful payout is the one the
     * bank returned.
     */
    private static PaymentSide withReversals(PaymentSide side) {
        if (!side.flags().contains(REVERSAL_FLAG)
                || !side.payoutsIn(RecordStatus.REVERSED).isEmpty()) {
            return side;
        }
        PayoutRecord last = side.payoutsIn(RecordStatus.SUCCEEDED).stream()
                .max(Comparator.comparing(p -> p.settledAt() == null ? Instant.MIN : p.settledAt()))
                .orElse(null);
        if (last == null) {
            return side;
        }
        List<PayoutRecord> payouts = side.payouts().stream()
                .map(p -> p == last ? p.withStatus(RecordStatus.REVERSED) : p)
                .toList();
        return new PaymentSide(side.payments(), payouts, side.refunds(), side.flags());
    }

    private final class Check {
        private final java.util.UUID escrowId;
        private final EscrowSide escrow;
        private final PaymentSide side;
        private final Instant now;
        private final Map<String, Finding> found = new LinkedHashMap<>();
        /** References a finding already explains: no STATUS_MISMATCH is added on top for them. */
        private final java.util.Set<String> explained = new java.util.HashSet<>();

        Check(java.util.UUID escrowId, EscrowSide escrow, PaymentSide side, Instant now) {
            this.escrowId = escrowId;
            this.escrow = escrow;
            this.side = side;
            this.now = now;
        }

        void stuck() {
            for (PaymentRecord p : side.payments()) {
                if (p.status() != RecordStatus.PENDING || p.requestedAt() == null) {
                    continue;
                }
                Instant deadline = p.requestedAt().plus(rules.stuckPaymentAfter());
                if (p.expiresAt() != null && p.expiresAt().isAfter(deadline)) {
                    deadline = p.expiresAt();
                }
                if (now.isAfter(deadline)) {
                    add(
                            STUCK_PENDING,
                            p.reference(),
                            paymentIds(p),
                            escrowAmount(),
                            p.requestedPaise(),
                            "PENDING",
                            "payment requested at " + p.requestedAt()
                                    + (p.expiresAt() == null ? "" : ", valid until " + p.expiresAt())
                                    + ", still without an outcome",
                            p.requestedAt());
                }
            }
            for (PayoutRecord p : side.payoutsIn(RecordStatus.PENDING)) {
                if (p.initiatedAt() != null && now.isAfter(p.initiatedAt().plus(rules.stuckPayoutAfter()))) {
                    add(
                            STUCK_PENDING,
                            p.reference(),
                            payoutIds(p),
                            escrowAmount(),
                            p.amountPaise(),
                            "PENDING",
                            "payout initiated at " + p.initiatedAt() + ", still processing",
                            p.initiatedAt());
                }
            }
            for (RefundRecord r : side.refunds()) {
                if (r.status() == RecordStatus.PENDING
                        && r.initiatedAt() != null
                        && now.isAfter(r.initiatedAt().plus(rules.stuckPayoutAfter()))) {
                    add(
                            STUCK_PENDING,
                            r.reference(),
                            refundIds(r),
                            escrowAmount(),
                            r.amountPaise(),
                            "PENDING",
                            "refund initiated at " + r.initiatedAt() + ", still processing",
                            r.initiatedAt());
                }
            }
        }

        void moneyOutTwice() {
            List<PayoutRecord> paid = side.payoutsIn(RecordStatus.SUCCEEDED);
            doublePayouts(paid);
            bothWays(paid, side.succeededRefunds());
        }

        /**
         * Two successful payouts of one (escrow, milestone), or payment-service's own report of a second one. Several
         * milestones each paid once are not a double payout.
         */
        private void doublePayouts(List<PayoutRecord> paid) {
            Map<Integer, List<PayoutRecord>> byMilestone = paid.stream()
                    .collect(Collectors.groupingBy(
                            p -> p.milestone() == null ? 0 : p.milestone(), LinkedHashMap::new, Collectors.toList()));
            boolean reported = false;
            for (List<PayoutRecord> same : byMilestone.values()) {
                if (same.size() > 1) {
                    doublePayout(same, same.size() + " payouts succeeded: " + joined(references(same)));
                    reported = true;
                }
            }
            if (!reported && !paid.isEmpty() && side.flags().contains(DOUBLE_PAYOUT_FLAG)) {
                doublePayout(paid, "payment-service reported a second payout processed");
            }
        }

        private void doublePayout(List<PayoutRecord> paid, String detail) {
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put(
                    "razorpayxPayoutIds",
                    joined(paid.stream().map(PayoutRecord::providerPayoutId).toList()));
            add(
                    DOUBLE_PAYOUT,
                    paid.getFirst().reference(),
                    ids,
                    escrowAmount(),
                    sum(paid),
                    "SUCCEEDED x" + paid.size(),
                    detail,
                    first(paid.getFirst().initiatedAt(), paid.getFirst().settledAt()));
        }

        /**
         * Money went to the payee and back to the payer. Legitimate when escrow-service's own events account for both
         * (an admin's split decision, or a refund of what milestones left): the sum of its {@code Released} equals the
         * payouts, the sum of its {@code Refunded} the refunds. Otherwise (escrow-service says only released, or only
         * refunded) it is a mismatch, once both sides had time to settle.
         */
        private void bothWays(List<PayoutRecord> paid, List<RefundRecord> refunds) {
            if (paid.isEmpty() || refunds.isEmpty() || accountedByEscrow(paid, refunds)) {
                return;
            }
            Instant last = java.util.stream.Stream.concat(
                            paid.stream().map(PayoutRecord::settledAt),
                            refunds.stream().map(RefundRecord::settledAt))
                    .filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            if (!settled(last)) {
                return;
            }
            refunds.forEach(r -> explained.add(r.reference()));
            Map<String, String> ids = new LinkedHashMap<>(payoutIds(paid.getFirst()));
            ids.putAll(refundIds(refunds.getFirst()));
            add(
                    PAYOUT_AND_REFUND,
                    paid.getFirst().reference(),
                    ids,
                    escrowAmount(),
                    paid.getFirst().amountPaise(),
                    "PAYOUT SUCCEEDED, REFUND SUCCEEDED",
                    "payout " + paid.getFirst().reference() + " and refund "
                            + refunds.getFirst().reference() + " both succeeded",
                    first(paid.getFirst().initiatedAt(), paid.getFirst().settledAt()));
        }

        private boolean accountedByEscrow(List<PayoutRecord> paid, List<RefundRecord> refunds) {
            return escrow != null
                    && escrow.releasedTotalPaise() == sum(paid)
                    && escrow.refundedTotalPaise()
                            == refunds.stream()
                                    .mapToLong(RefundRecord::amountPaise)
                                    .sum();
        }

        /**
         * Payouts plus refunds took more than was collected. Each milestone's payout counts once (a second one is a
         * DOUBLE_PAYOUT); an excess that PAYOUT_AND_REFUND or a payout's AMOUNT_MISMATCH already reports is not
         * reported twice, unless the refunds alone exceed what was collected.
         */
        void moneyBeyondCollected() {
            long collected = side.collectedPaise();
            long refunded = side.refundedPaise();
            List<PayoutRecord> paid = side.payoutsIn(RecordStatus.SUCCEEDED);
            long paidOut = paid.stream()
                    .collect(Collectors.groupingBy(
                            p -> p.milestone() == null ? 0 : p.milestone(),
                            Collectors.summarizingLong(p -> p.amountPaise() == null ? 0 : p.amountPaise())))
                    .values()
                    .stream()
                    .mapToLong(java.util.LongSummaryStatistics::getMax)
                    .sum();
            boolean refundsAlone = refunded > collected;
            if (!refundsAlone && (paidOut + refunded <= collected || excessReported())) {
                return;
            }
            List<RefundRecord> refunds = side.succeededRefunds();
            Map<String, String> ids = new LinkedHashMap<>();
            if (!refunds.isEmpty()) {
                ids.put(
                        "setuRefundIds",
                        joined(refunds.stream()
                                .map(RefundRecord::providerRefundId)
                                .toList()));
            }
            if (!refundsAlone) {
                ids.put(
                        "razorpayxPayoutIds",
                        joined(paid.stream().map(PayoutRecord::providerPayoutId).toList()));
            }
            String reference = refunds.isEmpty()
                    ? paid.getLast().reference()
                    : refunds.getFirst().reference();
            Instant at = refunds.isEmpty()
                    ? first(paid.getLast().initiatedAt(), paid.getLast().settledAt())
                    : first(refunds.getFirst().initiatedAt(), refunds.getFirst().settledAt());
            long out = refundsAlone ? refunded : paidOut + refunded;
            add(
                    REFUNDS_EXCEED_COLLECTED,
                    reference,
                    ids,
                    collected,
                    out,
                    refundsAlone ? "REFUNDED " + refunded : "PAID OUT " + paidOut + ", REFUNDED " + refunded,
                    refundsAlone
                            ? "refunded " + refunded + " paise of " + collected + " collected"
                            : "paid out " + paidOut + " and refunded " + refunded + " paise of " + collected
                                    + " collected",
                    at);
        }

        private boolean excessReported() {
            return found.values().stream()
                    .anyMatch(f -> f.kind() == PAYOUT_AND_REFUND
                            || (f.kind() == AMOUNT_MISMATCH
                                    && side.payouts().stream()
                                            .anyMatch(p -> p.reference().equals(f.reference()))));
        }

        void reversals() {
            for (PayoutRecord p : side.payoutsIn(RecordStatus.REVERSED)) {
                add(
                        PAYOUT_REVERSED,
                        p.reference(),
                        payoutIds(p),
                        escrowAmount(),
                        p.amountPaise(),
                        "REVERSED",
                        "the bank returned payout " + p.reference() + " after it had succeeded",
                        first(p.initiatedAt(), p.settledAt()));
            }
        }

        void amounts() {
            Long expected = escrowAmount();
            if (expected == null) {
                return;
            }
            for (PaymentRecord p : side.succeededPayments()) {
                if (p.paidPaise() != null && p.paidPaise() != expected.longValue()) {
                    add(
                            AMOUNT_MISMATCH,
                            p.reference(),
                            paymentIds(p),
                            expected,
                            p.paidPaise(),
                            "SUCCEEDED",
                            "collected " + p.paidPaise() + " paise for an escrow of " + expected,
                            first(p.requestedAt(), p.settledAt()));
                }
            }
            for (PayoutRecord p : side.payouts()) {
                boolean paidOut = p.status() == RecordStatus.SUCCEEDED || p.status() == RecordStatus.REVERSED;
                Long released = paidOut ? expectedPayout(p, expected) : null;
                if (released != null && p.amountPaise() != null && p.amountPaise() != released.longValue()) {
                    add(
                            AMOUNT_MISMATCH,
                            p.reference(),
                            payoutIds(p),
                            released,
                            p.amountPaise(),
                            p.status().name(),
                            released == expected.longValue()
                                    ? "paid out " + p.amountPaise() + " paise for an escrow of " + expected
                                    : "paid out " + p.amountPaise() + " paise; escrow-service released " + released,
                            first(p.initiatedAt(), p.settledAt()));
                }
            }
            for (RefundRecord r : side.succeededRefunds()) {
                if (r.reference().equals(escrow.refundReference())
                        && escrow.refundedPaise() != null
                        && escrow.refundedPaise() != r.amountPaise()) {
                    add(
                            AMOUNT_MISMATCH,
                            r.reference(),
                            refundIds(r),
                            escrow.refundedPaise(),
                            r.amountPaise(),
                            "SUCCEEDED",
                            "refunded " + r.amountPaise() + " paise, escrow-service says " + escrow.refundedPaise(),
                            first(r.initiatedAt(), r.settledAt()));
                }
            }
        }

        /**
         * What a payout should have paid. A payout of the escrow as one pays the escrow's amount, as it always did
         * (checked once the settle lag has passed, so that a split's refund has had time to show). A milestone's
         * payout, or the released part of a split, pays what escrow-service's {@code Released} naming it says;
         * without one there is nothing to compare with.
         */
        private Long expectedPayout(PayoutRecord p, long escrowAmount) {
            if (p.milestone() == null && !partOfTheEscrow()) {
                return settled(p.settledAt()) ? escrowAmount : null;
            }
            return escrow.release(p.reference())
                    .map(EscrowSettlement::amountPaise)
                    .orElse(null);
        }

        /** The escrow's money moves in parts: it has milestones, or refunds beside its payouts (a split). */
        private boolean partOfTheEscrow() {
            return !side.refunds().isEmpty()
                    || !escrow.refunds().isEmpty()
                    || side.payouts().stream().anyMatch(p -> p.milestone() != null)
                    || escrow.releases().stream().anyMatch(r -> r.milestone() != null);
        }

        /** escrow-service moved on money payment-service has no record of. */
        void escrowAheadOfPayments() {
            if (escrow == null) {
                return;
            }
            if (escrow.heldAt() != null && settled(escrow.heldAt()) && !heldPaymentSucceeded()) {
                PaymentRecord record = payment(escrow.paymentReference());
                add(
                        HELD_WITHOUT_PAYMENT,
                        escrow.paymentReference(),
                        record == null ? Map.of() : paymentIds(record),
                        escrow.heldPaise(),
                        record == null ? null : record.paidPaise(),
                        record == null ? "NONE" : record.status().name(),
                        "escrow-service holds " + escrow.heldPaise() + " paise; payment-service recorded no successful"
                                + " payment " + (escrow.paymentReference() == null ? "" : escrow.paymentReference()),
                        escrow.heldAt());
            }
            boolean released = escrow.position() == EscrowPosition.RELEASED;
            boolean paidOut = side.payouts().stream()
                    .anyMatch(p -> p.status() == RecordStatus.SUCCEEDED || p.status() == RecordStatus.REVERSED);
            for (EscrowSettlement release : escrow.releases()) {
                boolean paid = side.payouts().stream()
                        .anyMatch(p -> p.reference().equals(release.reference())
                                && (p.status() == RecordStatus.SUCCEEDED || p.status() == RecordStatus.REVERSED));
                if (paidOut && !paid && settled(release.at())) {
                    // Another payout of the escrow succeeded (an earlier milestone), but not the one this names.
                    add(
                            RELEASED_WITHOUT_PAYOUT,
                            release.reference(),
                            Map.of(),
                            release.amountPaise(),
                            null,
                            statusOf(release.reference()),
                            "escrow-service released "
                                    + (release.milestone() == null ? "" : "milestone " + release.milestone() + " by ")
                                    + "payout " + release.reference() + "; payment-service recorded no success of it",
                            first(release.at(), escrow.since()));
                }
            }
            if (released && settled(escrow.releasedAt()) && !paidOut) {
                add(
                        RELEASED_WITHOUT_PAYOUT,
                        escrow.payoutReference(),
                        Map.of(),
                        escrow.releasedPaise(),
                        null,
                        side.payouts().isEmpty()
                                ? "NONE"
                                : statuses(side.payouts().stream()
                                        .map(p -> p.status().name())
                                        .toList()),
                        "escrow-service says released; payment-service recorded no successful payout",
                        first(escrow.releasedAt(), escrow.since()));
            }
            if (escrow.position() == EscrowPosition.REFUNDED
                    && settled(escrow.refundedAt())
                    && side.succeededRefunds().isEmpty()) {
                add(
                        STATUS_MISMATCH,
                        escrow.refundReference(),
                        Map.of(),
                        escrow.refundedPaise(),
                        null,
                        side.refunds().isEmpty()
                                ? "NONE"
                                : statuses(side.refunds().stream()
                                        .map(r -> r.status().name())
                                        .toList()),
                        "escrow-service says refunded; payment-service recorded no successful refund",
                        first(escrow.refundedAt(), escrow.since()));
            }
        }

        /** payment-service settled money escrow-service does not know about. */
        void paymentsAheadOfEscrow() {
            EscrowPosition position = escrow == null ? null : escrow.position();
            for (PaymentRecord p : side.succeededPayments()) {
                boolean held = escrow != null
                        && escrow.heldAt() != null
                        && p.reference().equals(escrow.paymentReference());
                boolean known = held || (position != null && position.refundingOrRefunded());
                if (!known && !explained.contains(p.reference()) && settled(p.settledAt())) {
                    add(
                            STATUS_MISMATCH,
                            p.reference(),
                            paymentIds(p),
                            escrowAmount(),
                            p.paidPaise(),
                            "SUCCEEDED",
                            "payment-service collected " + p.paidPaise()
                                    + " paise; escrow-service holds no such payment",
                            first(p.requestedAt(), p.settledAt()));
                }
            }
            for (PayoutRecord p : side.payoutsIn(RecordStatus.SUCCEEDED)) {
                if (position != EscrowPosition.RELEASED
                        && !(escrow != null && escrow.release(p.reference()).isPresent())
                        && !explained.contains(p.reference())
                        && settled(p.settledAt())) {
                    add(
                            STATUS_MISMATCH,
                            p.reference(),
                            payoutIds(p),
                            escrowAmount(),
                            p.amountPaise(),
                            "SUCCEEDED",
                            "payment-service paid out; escrow-service says "
                                    + (position == null ? "nothing" : position),
                            first(p.initiatedAt(), p.settledAt()));
                }
            }
            for (RefundRecord r : side.succeededRefunds()) {
                if (position != EscrowPosition.REFUNDED
                        && !(escrow != null && escrow.refunded(r.reference()))
                        && !explained.contains(r.reference())
                        && settled(r.settledAt())) {
                    add(
                            STATUS_MISMATCH,
                            r.reference(),
                            refundIds(r),
                            escrowAmount(),
                            r.amountPaise(),
                            "SUCCEEDED",
                            "payment-service refunded; escrow-service says "
                                    + (position == null ? "nothing" : position),
                            first(r.initiatedAt(), r.settledAt()));
                }
            }
        }

        private String statusOf(String payoutReference) {
            return side.payouts().stream()
                    .filter(p -> p.reference().equals(payoutReference))
                    .map(p -> p.status().name())
                    .findFirst()
                    .orElse("NONE");
        }

        private boolean heldPaymentSucceeded() {
            if (escrow.paymentReference() == null) {
                return !side.succeededPayments().isEmpty();
            }
            PaymentRecord record = payment(escrow.paymentReference());
            return record != null && record.status() == RecordStatus.SUCCEEDED;
        }

        private PaymentRecord payment(String reference) {
            return side.payments().stream()
                    .filter(p -> p.reference().equals(reference))
                    .findFirst()
                    .orElse(null);
        }

        private boolean settled(Instant at) {
            return at == null || !now.isBefore(at.plus(rules.settleLag()));
        }

        private Long escrowAmount() {
            return escrow == null ? null : escrow.amountPaise();
        }

        private Instant first(Instant... candidates) {
            for (Instant candidate : candidates) {
                if (candidate != null) {
                    return candidate;
                }
            }
            return escrow != null && escrow.since() != null ? escrow.since() : now;
        }

        private void add(
                MismatchKind kind,
                String reference,
                Map<String, String> ids,
                Long ours,
                Long theirs,
                String providerStatus,
                String detail,
                Instant occurredAt) {
            String ourStatus = escrow == null ? "UNKNOWN" : escrow.position().name();
            Finding finding = new Finding(
                    kind, escrowId, reference, ids, ours, theirs, ourStatus, providerStatus, detail, occurredAt);
            found.putIfAbsent(finding.fingerprint(), finding);
            if (reference != null) {
                explained.add(reference);
            }
        }
    }

    private static long sum(List<PayoutRecord> payouts) {
        return payouts.stream()
                .mapToLong(p -> p.amountPaise() == null ? 0 : p.amountPaise())
                .sum();
    }

    private static List<String> references(List<PayoutRecord> payouts) {
        return payouts.stream().map(PayoutRecord::reference).toList();
    }

    private static Map<String, String> paymentIds(PaymentRecord p) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("setuPaymentId", p.providerPaymentId());
        ids.put("rrn", p.rrn());
        return ids;
    }

    private static Map<String, String> payoutIds(PayoutRecord p) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("razorpayxPayoutId", p.providerPayoutId());
        ids.put("utr", p.utr());
        return ids;
    }

    private static Map<String, String> refundIds(RefundRecord r) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("setuRefundId", r.providerRefundId());
        return ids;
    }

    private static String joined(List<String> values) {
        return values.stream().filter(Objects::nonNull).sorted().collect(Collectors.joining(","));
    }

    private static String statuses(List<String> values) {
        return values.stream().distinct().sorted().collect(Collectors.joining(","));
    }

    /** Convenience for callers that match many cases. */
    public List<Finding> matchAll(List<ReconciliationCase> cases, Instant now) {
        List<Finding> all = new ArrayList<>();
        for (ReconciliationCase c : cases) {
            all.addAll(match(c, now));
        }
        return all;
    }
}
