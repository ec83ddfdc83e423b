package com.trustpay.reconciliation.reconciliation.domain;

import static com.trustpay.reconciliation.reconciliation.domain.Lifecycles.escrow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatcherTest {

    private static final long AMOUNT = 125_000;
    private final Matcher matcher = new Matcher(MatchingRules.DEFAULTS);

    private List<MismatchKind> kinds(Lifecycles lifecycle, Duration later) {
        return findings(lifecycle, later).stream().map(Finding::kind).toList();
    }

    private List<Finding> findings(Lifecycles lifecycle, Duration later) {
        return matcher.match(lifecycle.build(), lifecycle.clock.plus(later));
    }

    @Test
    void cleanLifecyclesYieldNoMismatch() {
        assertThat(kinds(escrow(AMOUNT).requested(), Duration.ofMinutes(10))).isEmpty();
        assertThat(kinds(escrow(AMOUNT).requested(1, Duration.ofHours(2)), Duration.ofMinutes(45)))
                .as("open for 45 minutes but inside its validity")
                .isEmpty();
        assertThat(kinds(escrow(AMOUNT).paid().held(), Duration.ofDays(3))).isEmpty();
        assertThat(kinds(escrow(AMOUNT).paid().held().payoutInitiated(), Duration.ofMinutes(20)))
                .as("a payout still processing")
                .isEmpty();
        assertThat(kinds(escrow(AMOUNT).paid().held().paidOut(), Duration.ofDays(1)))
                .isEmpty();
        assertThat(kinds(escrow(AMOUNT).paid().held().refunded(), Duration.ofDays(1)))
                .isEmpty();
        assertThat(kinds(
                        escrow(AMOUNT)
                                .requested()
                                .lapsed(RecordStatus.FAILED)
                                .requested()
                                .paid()
                                .held(),
                        Duration.ofHours(1)))
                .isEmpty();
        assertThat(kinds(escrow(AMOUNT).requested().lapsed(RecordStatus.EXPIRED), Duration.ofDays(1)))
                .isEmpty();
        assertThat(kinds(
                        escrow(AMOUNT)
                                .paid()
                                .held()
                                .payoutInitiated()
                                .payoutFailed()
                                .payoutInitiated()
                                .payoutSucceeded(AMOUNT)
                                .released(),
                        Duration.ofDays(1)))
                .as("a payout that succeeded on its second attempt")
                .isEmpty();
    }

    @Test
    void disagreementsInsideTheSettleLagAreNotMismatches() {
        assertThat(kinds(escrow(AMOUNT).paid(), Duration.ofMinutes(1)))
                .as("escrow-service has not acted on PaymentSucceeded yet")
                .isEmpty();
        assertThat(kinds(
                        escrow(AMOUNT).paid().held().payoutInitiated().payoutSucceeded(AMOUNT), Duration.ofSeconds(30)))
                .isEmpty();
        assertThat(kinds(escrow(AMOUNT).paid(), Duration.ofMinutes(3))).containsExactly(MismatchKind.STATUS_MISMATCH);
    }

    @Test
    void aPaymentCollectedWithAnotherAmountIsAnAmountMismatchOnly() {
        List<Finding> found = findings(escrow(AMOUNT).paid(AMOUNT - 5_000), Duration.ofMinutes(10));

        assertThat(found).extracting(Finding::kind).containsExactly(MismatchKind.AMOUNT_MISMATCH);
        Finding f = found.getFirst();
        assertThat(f.ourAmountPaise()).isEqualTo(AMOUNT);
        assertThat(f.providerAmountPaise()).isEqualTo(AMOUNT - 5_000);
        assertThat(f.providerIds()).containsOnlyKeys("rrn", "setuPaymentId");
    }

    @Test
    void aPayoutOfAnotherAmountIsAnAmountMismatch() {
        assertThat(kinds(
                        escrow(AMOUNT)
                                .paid()
                                .held()
                                .payoutInitiated()
                                .payoutSucceeded(AMOUNT + 1)
                                .released(),
                        Duration.ofHours(1)))
                .containsExactly(MismatchKind.AMOUNT_MISMATCH);
    }

    @Test
    void aPaymentOpenPastItsValidityAndTheThresholdIsStuck() {
        Lifecycles requested = escrow(AMOUNT).requested();

        assertThat(kinds(requested, Duration.ofMinutes(29))).isEmpty();
        assertThat(kinds(requested, Duration.ofMinutes(31))).containsExactly(MismatchKind.STUCK_PENDING);
        assertThat(kinds(escrow(AMOUNT).requested(1, Duration.ofHours(2)), Duration.ofMinutes(121)))
                .containsExactly(MismatchKind.STUCK_PENDING);
    }

    @Test
    void aThresholdOfTenMinutesIsHonoured() {
        Matcher strict =
                new Matcher(new MatchingRules(Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(2)));
        Lifecycles requested = escrow(AMOUNT).requested(1, Duration.ofMinutes(5));

        assertThat(strict.match(requested.build(), requested.clock.plus(Duration.ofMinutes(11))))
                .extracting(Finding::kind)
                .containsExactly(MismatchKind.STUCK_PENDING);
    }

    @Test
    void payoutsAndRefundsProcessingTooLongAreStuck() {
        assertThat(kinds(escrow(AMOUNT).paid().held().payoutInitiated(), Duration.ofHours(3)))
                .containsExactly(MismatchKind.STUCK_PENDING);
        assertThat(kinds(escrow(AMOUNT).paid().held().refundInitiated(AMOUNT), Duration.ofHours(3)))
                .containsExactly(MismatchKind.STUCK_PENDING);
    }

    @Test
    void twoSuccessfulPayoutsAreADoublePayout() {
        Lifecycles twice = escrow(AMOUNT)
                .paid()
                .held()
                .paidOut()
                .payoutInitiated()
                .payoutSucceeded(AMOUNT)
                .released();

        List<Finding> found = findings(twice, Duration.ofHours(1));

        assertThat(found).extracting(Finding::kind).containsExactly(MismatchKind.DOUBLE_PAYOUT);
        assertThat(found.getFirst().providerAmountPaise()).isEqualTo(2 * AMOUNT);
        assertThat(found.getFirst().kind().alerts()).isTrue();
    }

    @Test
    void paymentServiceReportingASecondPayoutIsADoublePayout() {
        assertThat(kinds(
                        escrow(AMOUNT).paid().held().paidOut().flagged(Matcher.DOUBLE_PAYOUT_FLAG),
                        Duration.ofHours(1)))
                .containsExactly(MismatchKind.DOUBLE_PAYOUT);
    }

    @Test
    void refundsBeyondTheCollectedAmountExceedIt() {
        Lifecycles over = escrow(AMOUNT)
                .paid()
                .held()
                .refundInitiated(AMOUNT)
                .refundSucceeded()
                .refundInitiated(AMOUNT)
                .refundSucceeded()
                .refundedByEscrow();

        List<Finding> found = findings(over, Duration.ofHours(1));

        assertThat(found).extracting(Finding::kind).containsExactly(MismatchKind.REFUNDS_EXCEED_COLLECTED);
        assertThat(found.getFirst().ourAmountPaise()).isEqualTo(AMOUNT);
        assertThat(found.getFirst().providerAmountPaise()).isEqualTo(2 * AMOUNT);
    }

    @Test
    void aPayoutAndARefundOfOneEscrowAreBothReported() {
        Lifecycles both =
                escrow(AMOUNT).paid().held().paidOut().refundInitiated(AMOUNT).refundSucceeded();

        List<Finding> found = findings(both, Duration.ofHours(1));

        assertThat(found).extracting(Finding::kind).containsExactly(MismatchKind.PAYOUT_AND_REFUND);
        assertThat(found.getFirst().providerIds()).containsOnlyKeys("razorpayxPayoutId", "setuRefundId", "utr");
    }

    @Test
    void anEscrowHoldingMoneyPaymentServiceNeverReceivedIsHeldWithoutPayment() {
        assertThat(kinds(escrow(AMOUNT).requested().heldWithoutPayment(), Duration.ofMinutes(5)))
                .containsExactly(MismatchKind.HELD_WITHOUT_PAYMENT);
    }

    @Test
    void anEscrowReleasedWithoutASuccessfulPayoutIsReleasedWithoutPayout() {
        assertThat(kinds(escrow(AMOUNT).paid().held().released(), Duration.ofMinutes(5)))
                .containsExactly(MismatchKind.RELEASED_WITHOUT_PAYOUT);
        assertThat(kinds(
                        escrow(AMOUNT)
                                .paid()
                                .held()
                                .payoutInitiated()
                                .payoutFailed()
                                .released(),
                        Duration.ofMinutes(5)))
                .containsExactly(MismatchKind.RELEASED_WITHOUT_PAYOUT);
    }

    @Test
    void aReversalReportedByPaymentServiceIsAPayoutReversal() {
        List<Finding> found =
                findings(escrow(AMOUNT).paid().held().paidOut().flagged(Matcher.REVERSAL_FLAG), Duration.ofHours(1));

        assertThat(found).extracting(Finding::kind).containsExactly(MismatchKind.PAYOUT_REVERSED);
        assertThat(found.getFirst().providerStatus()).isEqualTo("REVERSED");
        assertThat(found.getFirst().ourStatus()).isEqualTo("RELEASED");
    }

    @Test
    void sidesThatEndedDifferentlyAreAStatusMismatch() {
        assertThat(kinds(
                        escrow(AMOUNT).paid().held().payoutInitiated().payoutSucceeded(AMOUNT), Duration.ofMinutes(10)))
                .as("paid out, escrow still releasing")
                .containsExactly(MismatchKind.STATUS_MISMATCH);
        assertThat(kinds(
                        escrow(AMOUNT).paid().held().refundInitiated(AMOUNT).refundedByEscrow(),
                        Duration.ofMinutes(10)))
                .as("escrow says refunded, the refund is still pending")
                .containsExactly(MismatchKind.STATUS_MISMATCH);
        assertThat(kinds(escrow(AMOUNT).paid().escrowSaidNothing(), Duration.ofMinutes(10)))
                .as("escrow-service never spoke of the escrow")
                .containsExactly(MismatchKind.STATUS_MISMATCH);
        assertThat(kinds(escrow(AMOUNT).requested().paid().held().requested().paid(), Duration.ofMinutes(10)))
                .as("a second attempt also collected")
                .containsExactly(MismatchKind.STATUS_MISMATCH);
    }

    @Test
    void theSameDisagreementFoundTwiceHasTheSameFingerprint() {
        Lifecycles stuck = escrow(AMOUNT).requested();
        Instant now = stuck.clock.plus(Duration.ofHours(1));

        Finding first = matcher.match(stuck.build(), now).getFirst();
        Finding again =
                matcher.match(stuck.build(), now.plus(Duration.ofMinutes(15))).getFirst();

        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(first.fingerprint()).startsWith("STUCK_PENDING|" + stuck.escrowId + "|");
    }

    @Test
    void milestonesPaidOnceEachAndSplitDecisionsAccountedForByEscrowServiceAreClean() {
        assertThat(kinds(heldEscrow().milestonePaidOut(1, 50_000), Duration.ofDays(1)))
                .as("milestone 1 paid, the rest still held")
                .isEmpty();
        assertThat(kinds(heldEscrow().milestonePaidOut(1, 50_000).milestonePaidOut(2, 75_000), Duration.ofDays(1)))
                .as("both milestones paid, each once")
                .isEmpty();
        assertThat(kinds(
                        heldEscrow()
                                .splitPaidOut(75_000)
                                .refundInitiated(50_000)
                                .refundSucceeded()
                                .refundedByEscrow(),
                        Duration.ofDays(1)))
                .as("an admin's split: part released, the rest refunded")
                .isEmpty();
        assertThat(kinds(
                        heldEscrow()
                                .milestonePaidOut(1, 50_000)
                                .refundInitiated(75_000)
                                .refundSucceeded()
                                .refundedByEscrow(),
                        Duration.ofDays(1)))
                .as("milestone 1 paid, what was still held refunded")
                .isEmpty();
        assertThat(kinds(
                        heldEscrow()
                                .payoutInitiated(null, 75_000)
                                .payoutSucceeded(75_000)
                                .refundInitiated(50_000)
                                .refundSucceeded(),
                        Duration.ofSeconds(30)))
                .as("a split whose Released and Refunded escrow-service has not sent yet")
                .isEmpty();
    }

    @Test
    void aMilestonePaidTwiceIsADoublePayoutOfThatMilestone() {
        List<Finding> found = findings(
                heldEscrow()
                        .milestonePaidOut(1, 50_000)
                        .payoutInitiated(1, 50_000)
                        .payoutSucceeded(50_000)
                        .milestonePaidOut(2, 75_000),
                Duration.ofHours(1));

        assertThat(found).extracting(Finding::kind).containsExactly(MismatchKind.DOUBLE_PAYOUT);
        assertThat(found.getFirst().providerAmountPaise()).isEqualTo(100_000);
        assertThat(found.getFirst().providerStatus()).isEqualTo("SUCCEEDED x2");
    }

    @Test
    void moneyBothWaysThatEscrowServiceDoesNotAccountForIsStillAPayoutAndRefund() {
        assertThat(kinds(
                        heldEscrow()
                                .payoutInitiated(null, 75_000)
                                .payoutSucceeded(75_000)
                                .refundInitiated(50_000)
                                .refundSucceeded()
                                .refundedByEscrow(),
                        Duration.ofHours(1)))
                .as("escrow-service says only refunded")
                .containsExactly(MismatchKind.PAYOUT_AND_REFUND);
        assertThat(kinds(
                        heldEscrow()
                                .splitPaidOut(75_000)
                                .refundInitiated(50_000)
                                .refundSucceeded(),
                        Duration.ofHours(1)))
                .as("escrow-service says only released")
                .containsExactly(MismatchKind.PAYOUT_AND_REFUND);
    }

    @Test
    void payoutsAndRefundsTogetherBeyondTheCollectedAmountExceedIt() {
        List<Finding> milestones =
                findings(heldEscrow().milestonePaidOut(1, 100_000).milestonePaidOut(2, 100_000), Duration.ofHours(1));
        assertThat(milestones).extracting(Finding::kind).containsExactly(MismatchKind.REFUNDS_EXCEED_COLLECTED);
        assertThat(milestones.getFirst().ourAmountPaise()).isEqualTo(AMOUNT);
        assertThat(milestones.getFirst().providerAmountPaise()).isEqualTo(200_000);

        List<Finding> split = findings(
                heldEscrow()
                        .splitPaidOut(100_000)
                        .refundInitiated(50_000)
                        .refundSucceeded()
                        .refundedByEscrow(),
                Duration.ofHours(1));
        assertThat(split).extracting(Finding::kind).containsExactly(MismatchKind.REFUNDS_EXCEED_COLLECTED);
        assertThat(split.getFirst().providerAmountPaise()).isEqualTo(150_000);
    }

    @Test
    void aMilestoneEscrowServiceReleasedWithoutItsPayoutIsReleasedWithoutPayout() {
        List<Finding> found = findings(
                heldEscrow()
                        .milestonePaidOut(1, 50_000)
                        .payoutInitiated(2, 75_000)
                        .payoutFailed()
                        .released(75_000),
                Duration.ofHours(1));

        assertThat(found).extracting(Finding::kind).containsExactly(MismatchKind.RELEASED_WITHOUT_PAYOUT);
        assertThat(found.getFirst().ourAmountPaise()).isEqualTo(75_000);
        assertThat(found.getFirst().providerStatus()).isEqualTo("FAILED");
    }

    @Test
    void aPayoutOfTheEscrowAsOneForLessIsAnAmountMismatchEvenIfEscrowServiceRepeatsItsAmount() {
        assertThat(kinds(
                        heldEscrow()
                                .payoutInitiated(null, AMOUNT - 1)
                                .payoutSucceeded(AMOUNT - 1)
                                .released(AMOUNT - 1),
                        Duration.ofHours(1)))
                .containsExactly(MismatchKind.AMOUNT_MISMATCH);
    }

    /** An escrow of {@link #AMOUNT} collected and held: where milestones and split decisions begin. */
    private static Lifecycles heldEscrow() {
        return escrow(AMOUNT).paid().held();
    }
}
