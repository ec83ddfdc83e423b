package com.trustpay.escrow.escrow.domain;

import static com.trustpay.escrow.escrow.domain.EscrowFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.escrow.escrow.domain.EscrowEvent.DisputeResolved;
import com.trustpay.escrow.escrow.domain.EscrowEvent.RefundStarted;
import com.trustpay.escrow.escrow.domain.EscrowEvent.ReleaseStarted;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Released;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Milestones released one by one, and an admin's split of a dispute (ADR 0021), given/when/then. */
class MilestonesTest {

    @Test
    void eachMilestoneIsReleasedOnItsOwnOnceBothConfirmedIt() {
        Escrow escrow = heldInMilestones();

        List<EscrowEvent> payer = escrow.confirmMilestone(AS_PAYER, 1);
        List<EscrowEvent> payee = escrow.confirmMilestone(AS_PAYEE, 1);

        assertThat(payer).singleElement().isInstanceOf(EscrowEvent.PartyConfirmed.class);
        assertThat(payee).last().isInstanceOfSatisfying(ReleaseStarted.class, e -> {
            assertThat(e.milestone()).isEqualTo(1);
            assertThat(e.amountPaise()).isEqualTo(150_000);
            assertThat(e.round()).isEqualTo(1);
        });
        assertThat(escrow.status()).as("milestone 2 is still held").isEqualTo(EscrowStatus.HELD);
        assertThat(escrow.milestones().get(0).status()).isEqualTo(Milestone.Status.RELEASING);
        assertThat(escrow.confirmMilestone(AS_PAYEE, 1)).as("confirmed again").isEmpty();
    }

    @Test
    void theEscrowIsReleasedWhenEveryMilestoneIsPaidAndARepeatedSuccessChangesNothing() {
        Escrow escrow = heldInMilestones();
        confirmBoth(escrow, 1);
        escrow.payoutSucceeded("po_m1", "utr1", 150_000, NOW, NOW, 1);
        confirmBoth(escrow, 2);
        assertThat(escrow.status()).isEqualTo(EscrowStatus.RELEASING);

        List<EscrowEvent> first = escrow.payoutSucceeded("po_m2", "utr2", 100_000, NOW, NOW, 2);
        List<EscrowEvent> again = escrow.payoutSucceeded("po_m2", "utr2", 100_000, NOW, NOW, 2);

        assertThat(first).singleElement().isInstanceOfSatisfying(Released.class, e -> {
            assertThat(e.milestone()).isEqualTo(2);
            assertThat(e.transition().to()).isEqualTo(EscrowStatus.RELEASED);
        });
        assertThat(again).isEmpty();
        assertThat(escrow.status()).isEqualTo(EscrowStatus.RELEASED);
        assertThat(escrow.milestones()).allMatch(m -> m.status() == Milestone.Status.PAID);
        assertThat(escrow.heldPaise()).isZero();
    }

    @Test
    void neverMoreIsReleasedThanWasCollectedAndASecondPayoutOfAMilestoneIsAnAlarm() {
        Escrow escrow = heldInMilestones();
        long released = 0;
        for (int n = 1; n <= 2; n++) {
            confirmBoth(escrow, n);
            escrow.payoutSucceeded("po_m" + n, null, 0, NOW, NOW, n);
            assertThat(escrow.payoutSucceeded("po_m" + n + "_again", null, 0, NOW, NOW, n))
                    .singleElement()
                    .isInstanceOfSatisfying(EscrowEvent.AnomalyDetected.class, e -> assertThat(e.kind())
                            .isEqualTo("DUPLICATE_PAYOUT"));
        }
        for (Milestone m : escrow.milestones()) {
            released += m.amountPaise();
        }

        assertThat(released).isEqualTo(escrow.payment().paidAmountPaise());
        assertThat(escrow.milestones()).extracting(Milestone::payoutReference).containsExactly("po_m1", "po_m2");
    }

    @Test
    void aPayeeCancelAfterAPaidMilestoneRefundsOnlyTheRest() {
        Escrow escrow = heldInMilestones();
        confirmBoth(escrow, 1);
        escrow.payoutSucceeded("po_m1", "utr1", 150_000, NOW, NOW, 1);

        List<EscrowEvent> events = escrow.cancel(AS_PAYEE, "cannot deliver the wheels");

        assertThat(events).singleElement().isInstanceOfSatisfying(RefundStarted.class, e -> assertThat(e.amountPaise())
                .isEqualTo(100_000));
        assertThat(escrow.milestones())
                .extracting(Milestone::status)
                .containsExactly(Milestone.Status.PAID, Milestone.Status.REFUNDED);
        escrow.refundSucceeded("rf_1", 100_000, NOW, NOW);
        assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDED);
        assertThat(NextStep.of(escrow, AS_PAYER)).contains("part was paid to the payee");
    }

    @Test
    void nothingIsCancelledOrDisputedWhileAMilestonePayoutIsUnderWay() {
        Escrow escrow = heldInMilestones();
        confirmBoth(escrow, 1);

        assertThatThrownBy(() -> escrow.cancel(AS_PAYEE, "off"))
                .extracting("code")
                .isEqualTo("MILESTONE_PAYOUT_UNDER_WAY");
        assertThatThrownBy(() -> escrow.dispute(AS_PAYER, "late"))
                .extracting("code")
                .isEqualTo("MILESTONE_PAYOUT_UNDER_WAY");
        assertThat(escrow.allowedActions(AS_PAYEE)).containsExactly(EscrowAction.CONFIRM_MILESTONE);
    }

    @Test
    void aMilestoneEscrowIsConfirmedMilestoneByMilestoneAndOffersConfirmPerMilestone() {
        Escrow escrow = heldInMilestones();

        assertThatThrownBy(() -> escrow.confirm(AS_PAYER)).extracting("code").isEqualTo("MILESTONES_CONFIRM_EACH");
        assertThatThrownBy(() -> escrow.markDelivered(AS_PAYEE, NOW))
                .extracting("code")
                .isEqualTo("MILESTONES_CONFIRM_EACH");
        assertThatThrownBy(() -> escrow.confirmMilestone(AS_PAYER, 3))
                .extracting("code")
                .isEqualTo("UNKNOWN_MILESTONE");
        assertThat(escrow.allowedActions(AS_PAYER))
                .containsExactly(EscrowAction.CONFIRM_MILESTONE, EscrowAction.DISPUTE);
        escrow.confirmMilestone(AS_PAYER, 1);
        assertThat(escrow.allowedActions(AS_PAYER, escrow.milestones().get(0))).isEmpty();
        assertThat(escrow.allowedActions(AS_PAYER, escrow.milestones().get(1)))
                .containsExactly(EscrowAction.CONFIRM_MILESTONE);
        assertThat(NextStep.of(escrow, AS_PAYER)).isEqualTo("Waiting for the payee to confirm milestone 1 (Frame)");
        assertThat(NextStep.of(escrow, AS_PAYEE)).isEqualTo("Your turn: confirm milestone 1 (Frame) when it is done");
        assertThatThrownBy(() -> held().confirmMilestone(AS_PAYER, 1))
                .extracting("code")
                .isEqualTo("NO_MILESTONES");
    }

    @Test
    void aMilestonePayoutThatFailsForGoodStopsTheEscrowUntilAnAdminRetriesIt() {
        Escrow escrow = heldInMilestones();
        confirmBoth(escrow, 1);

        escrow.payoutFailed(1, "bank down", NOW, 1);
        assertThat(escrow.status()).isEqualTo(EscrowStatus.RELEASE_FAILED);
        List<EscrowEvent> retried = escrow.retryRelease(AS_ADMIN);

        assertThat(retried).singleElement().isInstanceOfSatisfying(ReleaseStarted.class, e -> {
            assertThat(e.milestone()).isEqualTo(1);
            assertThat(e.round()).isEqualTo(2);
        });
        assertThat(escrow.status()).isEqualTo(EscrowStatus.HELD);
        assertThat(escrow.payoutFailed(1, "old round", NOW, 1))
                .as("a failure of round 1")
                .isEmpty();
    }

    @Test
    void aSplitPaysItsPartFirstAndThenRefundsTheRestAndTheTwoAddUpToWhatWasHeld() {
        Escrow escrow = inStatus(EscrowStatus.DISPUTED);

        List<EscrowEvent> decided = escrow.split(AS_ADMIN, 150_000L, "the bell was missing", NOW);
        assertThat(decided).first().isInstanceOfSatisfying(DisputeResolved.class, e -> {
            assertThat(e.amountPaise()).isEqualTo(AMOUNT);
            assertThat(e.decision().outcome()).isEqualTo(Decision.Outcome.SPLIT);
            assertThat(e.decision().releasePaise() + e.decision().refundPaise()).isEqualTo(AMOUNT);
        });
        ReleaseStarted release = (ReleaseStarted) decided.get(1);
        List<EscrowEvent> paid = escrow.payoutSucceeded("po_1", "utr", 150_000, NOW, NOW);
        RefundStarted refund = (RefundStarted) paid.get(1);
        escrow.refundSucceeded("rf_1", refund.amountPaise(), NOW, NOW);

        assertThat(release.amountPaise()).isEqualTo(150_000);
        assertThat(release.milestone()).isNull();
        assertThat(refund.amountPaise()).isEqualTo(100_000);
        assertThat(release.amountPaise() + refund.amountPaise()).isEqualTo(AMOUNT);
        assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDED);
    }

    @Test
    void aSplitOfAMilestoneEscrowSplitsWhatNoMilestonePaidYet() {
        Escrow escrow = heldInMilestones();
        confirmBoth(escrow, 1);
        escrow.payoutSucceeded("po_m1", "utr1", 150_000, NOW, NOW, 1);
        escrow.dispute(AS_PAYER, "the wheels are bent");

        assertThatThrownBy(() -> escrow.split(AS_ADMIN, 100_000L, "all of it", NOW))
                .extracting("code")
                .isEqualTo("SPLIT_OUT_OF_RANGE");
        assertThatThrownBy(() -> escrow.split(AS_ADMIN, 0L, "none", NOW))
                .extracting("code")
                .isEqualTo("SPLIT_OUT_OF_RANGE");
        List<EscrowEvent> decided = escrow.split(AS_ADMIN, 40_000L, "one wheel is fine", NOW);

        assertThat(((DisputeResolved) decided.get(0)).amountPaise()).isEqualTo(100_000);
        assertThat(((ReleaseStarted) decided.get(1)).amountPaise()).isEqualTo(40_000);
        List<EscrowEvent> paid = escrow.payoutSucceeded("po_split", null, 40_000, NOW, NOW);
        assertThat(((RefundStarted) paid.get(1)).amountPaise()).isEqualTo(60_000);
        assertThat(escrow.milestones())
                .extracting(Milestone::status)
                .containsExactly(Milestone.Status.PAID, Milestone.Status.SPLIT);
    }

    @Test
    void theCreatorsMilestonesAreCheckedAgainstTheAmountAndTheLimits() {
        assertThat(Milestone.plan(null, AMOUNT, PaymentMode.INTENT)).isEmpty();
        assertThat(planned()).extracting(Milestone::number).containsExactly(1, 2);
        assertThatThrownBy(() ->
                        Milestone.plan(List.of(new Milestone.Proposed("All", AMOUNT)), AMOUNT, PaymentMode.INTENT))
                .extracting("code")
                .isEqualTo("MILESTONE_COUNT_OUT_OF_RANGE");
        assertThatThrownBy(() -> Milestone.plan(
                        List.of(new Milestone.Proposed("A", 100_000L), new Milestone.Proposed("B", 100_000L)),
                        AMOUNT,
                        PaymentMode.INTENT))
                .extracting("code")
                .isEqualTo("MILESTONE_SUM_MISMATCH");
        assertThatThrownBy(() -> Milestone.plan(
                        List.of(new Milestone.Proposed("A", 249_950L), new Milestone.Proposed("B", 50L)),
                        AMOUNT,
                        PaymentMode.COLLECT))
                .extracting("code", "field")
                .containsExactly("MILESTONE_AMOUNT_TOO_SMALL", "milestones[1].amountPaise");
        assertThatThrownBy(() -> Milestone.plan(
                        List.of(new Milestone.Proposed(" ", 150_000L), new Milestone.Proposed("B", 100_000L)),
                        AMOUNT,
                        PaymentMode.INTENT))
                .extracting("code")
                .isEqualTo("MILESTONE_TITLE_REQUIRED");
    }
}
