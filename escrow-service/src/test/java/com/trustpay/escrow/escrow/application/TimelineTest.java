package com.trustpay.escrow.escrow.application;

import static com.trustpay.escrow.escrow.domain.EscrowStatus.HELD;
import static com.trustpay.escrow.escrow.domain.EscrowStatus.PAYMENT_FAILED;
import static com.trustpay.escrow.escrow.domain.EscrowStatus.PAYMENT_PENDING;
import static com.trustpay.escrow.escrow.domain.EscrowStatus.REFUNDED;
import static com.trustpay.escrow.escrow.domain.EscrowStatus.REFUNDING;
import static com.trustpay.escrow.escrow.domain.EscrowStatus.RELEASED;
import static com.trustpay.escrow.escrow.domain.EscrowStatus.RELEASING;
import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.escrow.escrow.domain.Decision;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.escrow.escrow.domain.EscrowStatus;
import com.trustpay.escrow.escrow.domain.PaymentStatus;
import com.trustpay.escrow.escrow.domain.TimelineFacts;
import com.trustpay.escrow.escrow.domain.Transition;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Transition STAY = new Transition(HELD, HELD);

    @Test
    void fundsHeldCarriesTheMoneyAndTheBanksRrnButTheAttemptOnlyInternally() {
        TimelineFacts f = Timeline.facts(
                new EscrowEvent.FundsHeld(new Transition(PAYMENT_PENDING, HELD), 1, 250_000, "TP-ref-1"), "RRN9", null);
        assertThat(f.amountPaise()).isEqualTo(250_000L);
        assertThat(f.paymentRrn()).isEqualTo("RRN9");
        assertThat(f.note()).isNull();
        assertThat(f.detail()).contains("attempt 1");
    }

    @Test
    void aPayoutIsTracedByTheUtrNotByPaymentServicesReference() {
        TimelineFacts f = Timeline.facts(
                new EscrowEvent.Released(new Transition(RELEASING, RELEASED), 250_000, "po-1"), "RRN9", "UTR3030");
        assertThat(f.payoutUtr()).isEqualTo("UTR3030");
        assertThat(f.paymentRrn()).as("only the row that moved it names it").isNull();
        assertThat(f.detail()).contains("po-1");
    }

    @Test
    void aRefundIsTracedByItsReference() {
        TimelineFacts f = Timeline.facts(
                new EscrowEvent.Refunded(new Transition(REFUNDING, REFUNDED), 250_000, "TP-RF-1"), null, null);
        assertThat(f.refundReference()).isEqualTo("TP-RF-1");
        assertThat(f.amountPaise()).isEqualTo(250_000L);
    }

    @Test
    void aDeclinedPaymentTellsThePayerWhatToDo() {
        TimelineFacts f = Timeline.facts(
                new EscrowEvent.PaymentLapsed(
                        new Transition(PAYMENT_PENDING, PAYMENT_FAILED),
                        1,
                        PaymentStatus.FAILED,
                        "U30: INVALID / INCORRECT MPIN"),
                null,
                null);
        assertThat(f.note()).isEqualTo("The UPI PIN was wrong. Try again.");
        assertThat(f.detail()).contains("U30");
    }

    @Test
    void aDecisionCarriesItsOutcomeAndNoteButNotWhoDecided() {
        UUID admin = UUID.randomUUID();
        TimelineFacts f = Timeline.facts(
                new EscrowEvent.DisputeResolved(
                        new Transition(EscrowStatus.DISPUTED, EscrowStatus.DISPUTED),
                        new Decision(
                                Decision.Outcome.REFUND_TO_PAYER,
                                EscrowStatus.DISPUTED,
                                "Not delivered",
                                admin,
                                Instant.now()),
                        250_000),
                null,
                null);
        assertThat(f.outcome()).isEqualTo(Decision.Outcome.REFUND_TO_PAYER);
        assertThat(f.note()).isEqualTo("Not delivered");
        assertThat(f.amountPaise()).isEqualTo(250_000L);
        assertThat(f.detail()).doesNotContain(admin.toString());
    }

    @Test
    void aPartysReasonIsForTheParties() {
        assertThat(Timeline.facts(new EscrowEvent.Disputed(STAY, UUID.randomUUID(), "Broken on arrival"), null, null)
                        .note())
                .isEqualTo("Broken on arrival");
    }

    @Test
    void eventsThatMoveNoMoneyCarryNone() {
        assertThat(Timeline.facts(new EscrowEvent.PartnerJoined(STAY, UUID.randomUUID(), UUID.randomUUID()), null, null)
                        .amountPaise())
                .isNull();
        assertThat(Timeline.facts(
                                new EscrowEvent.PayoutInitiated(new Transition(RELEASING, RELEASING), 1, "po-1"),
                                null,
                                null)
                        .amountPaise())
                .isNull();
    }
}
