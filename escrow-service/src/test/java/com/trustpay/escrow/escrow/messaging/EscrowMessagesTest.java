package com.trustpay.escrow.escrow.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.commands.CancelPaymentRequest;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.escrow.AutoReleased;
import com.trustpay.contracts.escrow.Cancelled;
import com.trustpay.contracts.escrow.DeliveryMarked;
import com.trustpay.contracts.escrow.DisputeMessagePosted;
import com.trustpay.contracts.escrow.DisputeResolved;
import com.trustpay.contracts.escrow.InspectionEndingSoon;
import com.trustpay.contracts.escrow.PaymentAwaited;
import com.trustpay.contracts.escrow.RefundStarted;
import com.trustpay.contracts.escrow.ReleaseReversed;
import com.trustpay.contracts.escrow.ReleaseStarted;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.escrow.escrow.domain.Decision;
import com.trustpay.escrow.escrow.domain.DisputeMessage;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.escrow.escrow.domain.EscrowStatus;
import com.trustpay.escrow.escrow.domain.Transition;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Domain events become their escrow.events record plus the command they imply, or an alert. */
class EscrowMessagesTest {

    private static final UUID ESCROW = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

    @Test
    void aPaymentRequestIsAnnouncedAndCommanded() {
        List<Message> messages = EscrowMessages.of(
                ESCROW,
                new EscrowEvent.PaymentAwaited(
                        new Transition(EscrowStatus.PAYMENT_FAILED, EscrowStatus.PAYMENT_PENDING),
                        2,
                        50_000,
                        "asha@okaxis",
                        "Asha",
                        PaymentMode.COLLECT,
                        "TrustPay Amber Falcon"));

        assertThat(messages)
                .containsExactly(
                        new PaymentAwaited(ESCROW, 2),
                        new RequestPayment(
                                ESCROW,
                                2,
                                50_000,
                                "asha@okaxis",
                                "Asha",
                                PaymentMode.COLLECT,
                                "TrustPay Amber Falcon"));
    }

    @Test
    void aMilestoneReleaseNamesItsMilestoneAndASplitBothParts() {
        Transition held = new Transition(EscrowStatus.HELD, EscrowStatus.HELD);
        List<Message> release = EscrowMessages.of(
                ESCROW, new EscrowEvent.ReleaseStarted(held, 1, 150_000, "ravi@ybl", "Ravi", null, 2));
        Decision split = new Decision(
                Decision.Outcome.SPLIT, EscrowStatus.DISPUTED, "half", UUID.randomUUID(), NOW, 60_000L, 40_000L);
        List<Message> decided = EscrowMessages.of(ESCROW, new EscrowEvent.DisputeResolved(held, split, 100_000));

        assertThat(release)
                .containsExactly(
                        new ReleaseStarted(ESCROW, 150_000, 1, 2),
                        new ReleaseFunds(ESCROW, 1, 150_000, "ravi@ybl", "Ravi", null, 2));
        assertThat(decided)
                .containsExactly(new DisputeResolved(ESCROW, "SPLIT", "HELD", "half", 100_000, NOW, 60_000L, 40_000L));
    }

    @Test
    void aDecisionGoesOutWithItsOutcomeNoteAndTheStatusItEndedButNotWhoDecided() {
        UUID admin = UUID.randomUUID();
        Decision decision =
                new Decision(Decision.Outcome.REFUND_TO_PAYER, EscrowStatus.DISPUTED, "Wrong model", admin, NOW);

        List<Message> messages = EscrowMessages.of(
                ESCROW,
                new EscrowEvent.DisputeResolved(
                        new Transition(EscrowStatus.DISPUTED, EscrowStatus.DISPUTED), decision, 50_000));

        assertThat(messages)
                .containsExactly(
                        new DisputeResolved(ESCROW, "REFUND_TO_PAYER", "DISPUTED", "Wrong model", 50_000, NOW));
        assertThat(messages.toString()).doesNotContain(admin.toString());
    }

    @Test
    void aDecisionOfAReturnedPayoutGoesOutWithTheStatusItEnded() {
        UUID admin = UUID.randomUUID();
        Decision decision = new Decision(
                Decision.Outcome.RELEASE_TO_PAYEE, EscrowStatus.PAYOUT_REVERSED, "Account fixed", admin, NOW);

        List<Message> messages = EscrowMessages.of(
                ESCROW,
                new EscrowEvent.DisputeResolved(
                        new Transition(EscrowStatus.PAYOUT_REVERSED, EscrowStatus.PAYOUT_REVERSED), decision, 50_000));

        assertThat(messages)
                .containsExactly(new DisputeResolved(
                        ESCROW, "RELEASE_TO_PAYEE", "PAYOUT_REVERSED", "Account fixed", 50_000, NOW));
        assertThat(messages.toString()).doesNotContain(admin.toString());
    }

    @Test
    void aThreadMessageGoesOutWithoutItsText() {
        UUID message = UUID.randomUUID();
        UUID payee = UUID.randomUUID();
        DisputeMessage posted =
                new DisputeMessage(message, payee, DisputeMessage.Author.PAYEE, "My bank details are 1234", NOW);

        List<Message> messages = EscrowMessages.of(
                ESCROW,
                new EscrowEvent.DisputeMessagePosted(
                        new Transition(EscrowStatus.DISPUTED, EscrowStatus.DISPUTED), posted));

        assertThat(messages).containsExactly(new DisputeMessagePosted(ESCROW, message, payee, "PAYEE", NOW));
        assertThat(messages.toString()).doesNotContain("1234");
    }

    @Test
    void theInspectionPeriodsEventsAreAnnouncedAndCommandNothing() {
        Transition held = new Transition(EscrowStatus.HELD, EscrowStatus.HELD);
        UUID payee = UUID.randomUUID();
        Instant ends = NOW.plusSeconds(3 * 86_400);

        assertThat(EscrowMessages.of(ESCROW, new EscrowEvent.DeliveryMarked(held, payee, NOW, ends)))
                .containsExactly(new DeliveryMarked(ESCROW, payee, NOW, ends));
        assertThat(EscrowMessages.of(ESCROW, new EscrowEvent.InspectionEndingSoon(held, ends)))
                .containsExactly(new InspectionEndingSoon(ESCROW, ends));
        assertThat(EscrowMessages.of(ESCROW, new EscrowEvent.AutoReleased(held, 50_000, ends)))
                .as("the ReleaseStarted that follows carries the command")
                .containsExactly(new AutoReleased(ESCROW, 50_000, ends));
        assertThat(EscrowMessages.alertOf(ESCROW, new EscrowEvent.AutoReleased(held, 50_000, ends)))
                .isEmpty();
    }

    @Test
    void aReleaseCarriesItsRound() {
        List<Message> messages = EscrowMessages.of(
                ESCROW,
                new EscrowEvent.ReleaseStarted(
                        new Transition(EscrowStatus.RELEASE_FAILED, EscrowStatus.RELEASING),
                        2,
                        50_000,
                        "ravi@ybl",
                        "Ravi",
                        null));

        assertThat(messages)
                .containsExactly(
                        new ReleaseStarted(ESCROW, 50_000, 2), new ReleaseFunds(ESCROW, 2, 50_000, "ravi@ybl", "Ravi"));
    }

    @Test
    void payingAgainAfterAReversalNamesTheReversedPayout() {
        List<Message> messages = EscrowMessages.of(
                ESCROW,
                new EscrowEvent.ReleaseStarted(
                        new Transition(EscrowStatus.PAYOUT_REVERSED, EscrowStatus.RELEASING),
                        2,
                        50_000,
                        "ravi@ybl",
                        "Ravi",
                        "TPP-1-1"));

        assertThat(messages)
                .containsExactly(
                        new ReleaseStarted(ESCROW, 50_000, 2),
                        new ReleaseFunds(ESCROW, 2, 50_000, "ravi@ybl", "Ravi", "TPP-1-1"));
    }

    @Test
    void aReversedPayoutIsAnnouncedWithoutACommand() {
        List<Message> messages = EscrowMessages.of(
                ESCROW,
                new EscrowEvent.ReleaseReversed(
                        new Transition(EscrowStatus.RELEASED, EscrowStatus.PAYOUT_REVERSED),
                        50_000,
                        "TPP-1-1",
                        "reversed by the bank"));

        assertThat(messages).containsExactly(new ReleaseReversed(ESCROW, 50_000, "TPP-1-1", "reversed by the bank"));
    }

    @Test
    void aRefundIsAnnouncedAndCommanded() {
        List<Message> messages = EscrowMessages.of(
                ESCROW,
                new EscrowEvent.RefundStarted(
                        new Transition(EscrowStatus.HELD, EscrowStatus.REFUNDING), 50_000, "why", 1));

        assertThat(messages)
                .containsExactly(new RefundStarted(ESCROW, 50_000, "why"), new RefundPayment(ESCROW, 50_000, "why", 1));
    }

    @Test
    void cancellingBeforeAnyPaymentRequestWithdrawsNothing() {
        UUID user = UUID.randomUUID();
        Transition cancelled = new Transition(EscrowStatus.AWAITING_PARTNER, EscrowStatus.CANCELLED);

        assertThat(EscrowMessages.of(ESCROW, new EscrowEvent.Cancelled(cancelled, user, "no", 0)))
                .containsExactly(new Cancelled(ESCROW, user, "no", "AWAITING_PARTNER"));
    }

    @Test
    void cancellingAPendingPaymentWithdrawsItsAttempt() {
        UUID user = UUID.randomUUID();
        Transition cancelled = new Transition(EscrowStatus.PAYMENT_PENDING, EscrowStatus.CANCELLED);

        assertThat(EscrowMessages.of(ESCROW, new EscrowEvent.Cancelled(cancelled, user, null, 3)))
                .containsExactly(
                        new Cancelled(ESCROW, user, null, "PAYMENT_PENDING"),
                        new CancelPaymentRequest(ESCROW, 3, "Escrow cancelled"));
    }

    @Test
    void anAnomalyBecomesAnAdminAlertOnly() {
        Transition stay = new Transition(EscrowStatus.PAYMENT_PENDING, EscrowStatus.PAYMENT_PENDING);
        EscrowEvent anomaly = new EscrowEvent.AnomalyDetected(stay, "AMOUNT_MISMATCH", true, "Received 1 paise");

        assertThat(EscrowMessages.of(ESCROW, anomaly)).isEmpty();
        assertThat(EscrowMessages.alertOf(ESCROW, anomaly)).hasValueSatisfying(alert -> {
            assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(alert.kind()).isEqualTo("AMOUNT_MISMATCH");
            assertThat(alert.escrowId()).isEqualTo(ESCROW);
            assertThat(alert.detail().describe(1, NOW)).isEqualTo("Received 1 paise");
        });
    }

    @Test
    void aFailedRefundAlertsOperatorsAndAnnouncesNoEscrowRecord() {
        Transition failed = new Transition(EscrowStatus.REFUNDING, EscrowStatus.REFUND_FAILED);
        EscrowEvent refundFailed = new EscrowEvent.RefundFailed(failed, "rf-1", 50_000, "R21: online refund disabled");

        assertThat(EscrowMessages.of(ESCROW, refundFailed)).isEmpty();
        assertThat(EscrowMessages.alertOf(ESCROW, refundFailed)).hasValueSatisfying(alert -> {
            assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(alert.kind()).isEqualTo("REFUND_FAILED");
            assertThat(alert.escrowId()).isEqualTo(ESCROW);
            assertThat(alert.detail().describe(1, NOW)).contains("rf-1", "R21: online refund disabled");
        });
    }

    @Test
    void ordinaryEventsCallForNoAlert() {
        Transition held = new Transition(EscrowStatus.PAYMENT_PENDING, EscrowStatus.HELD);

        assertThat(EscrowMessages.alertOf(ESCROW, new EscrowEvent.FundsHeld(held, 1, 50_000, "TP-1")))
                .isEmpty();
    }

    @Test
    void aRetriedRefundIsAnnouncedAndCommandedAgain() {
        Transition retried = new Transition(EscrowStatus.REFUND_FAILED, EscrowStatus.REFUNDING);

        assertThat(EscrowMessages.of(ESCROW, new EscrowEvent.RefundStarted(retried, 50_000, "retry", 2)))
                .containsExactly(
                        new RefundStarted(ESCROW, 50_000, "retry"), new RefundPayment(ESCROW, 50_000, "retry", 2));
    }
}
