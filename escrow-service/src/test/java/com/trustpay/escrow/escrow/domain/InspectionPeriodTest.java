package com.trustpay.escrow.escrow.domain;

import static com.trustpay.escrow.escrow.domain.EscrowFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The payer's inspection period (ADR 0018): delivered, inspected, confirmed, disputed or released on its own. */
class InspectionPeriodTest {

    private static final Duration THREE_DAYS = Duration.ofDays(3);

    @Test
    void markingDeliveredStartsTheInspectionPeriodAndCountsAsThePayeesConfirmation() {
        Escrow escrow = held();

        List<EscrowEvent> events = escrow.markDelivered(AS_PAYEE, NOW);

        assertThat(events).singleElement().isInstanceOfSatisfying(EscrowEvent.DeliveryMarked.class, e -> {
            assertThat(e.payeeUserId()).isEqualTo(PAYEE.userId());
            assertThat(e.deliveredAt()).isEqualTo(NOW);
            assertThat(e.inspectionEndsAt()).isEqualTo(NOW.plus(THREE_DAYS));
        });
        assertThat(escrow.status()).isEqualTo(EscrowStatus.HELD);
        assertThat(escrow.inspection().deliveredAt()).isEqualTo(NOW);
        assertThat(escrow.inspection().endsAt()).isEqualTo(NOW.plus(THREE_DAYS));
        assertThat(escrow.confirmedBy(PartyRole.PAYEE)).isTrue();
        assertThat(escrow.markDelivered(AS_PAYEE, NOW.plusSeconds(60)))
                .as("marked again: a retried request")
                .isEmpty();
        assertThat(escrow.inspection().deliveredAt()).isEqualTo(NOW);
    }

    @Test
    void aShorterInspectionDayEndsThePeriodSoonerAndTheSweepReleasesThen() {
        Escrow escrow = held();

        escrow.markDelivered(AS_PAYEE, NOW, Duration.ofSeconds(4));

        assertThat(escrow.inspection().endsAt()).isEqualTo(NOW.plusSeconds(12));
        assertThat(escrow.releaseAfterInspection(NOW.plusSeconds(11))).isEmpty();
        assertThat(escrow.releaseAfterInspection(NOW.plusSeconds(12)))
                .hasAtLeastOneElementOfType(EscrowEvent.AutoReleased.class);
    }

    @Test
    void thePayersConfirmDuringTheInspectionReleasesTheMoney() {
        Escrow escrow = held();
        escrow.markDelivered(AS_PAYEE, NOW);

        List<EscrowEvent> events = escrow.confirm(AS_PAYER);

        assertThat(events).map(EscrowEvent::kind).containsExactly("PartyConfirmed", "ReleaseStarted");
        assertThat(escrow.status()).isEqualTo(EscrowStatus.RELEASING);
        assertThat(escrow.inspection().autoReleasedAt())
                .as("the payer released it")
                .isNull();
        assertThat(escrow.releaseAfterInspection(NOW.plus(THREE_DAYS))).isEmpty();
    }

    @Test
    void aDeliveryMarkedAfterThePayerConfirmedReleasesAtOnce() {
        Escrow escrow = held();
        escrow.confirm(AS_PAYER);

        assertThat(escrow.markDelivered(AS_PAYEE, NOW))
                .map(EscrowEvent::kind)
                .containsExactly("DeliveryMarked", "ReleaseStarted");
        assertThat(escrow.status()).isEqualTo(EscrowStatus.RELEASING);
    }

    @Test
    void theCreatorsInspectionDaysSetTheEnd() {
        EscrowTerms terms = EscrowTerms.of("Used bicycle", null, AMOUNT, PaymentMode.INTENT, 10_000_000, 10);
        Escrow escrow = Escrow.open(UUID.randomUUID(), terms, PartyRole.PAYER, PAYER, "K7Q3MX", "Amber", NOW, CODE_TTL)
                .escrow();
        escrow.join(PAYEE, NOW);
        escrow.paymentSucceeded(receipt(1, AMOUNT), NOW);

        escrow.markDelivered(AS_PAYEE, NOW);

        assertThat(escrow.inspection().endsAt()).isEqualTo(NOW.plus(Duration.ofDays(10)));
        assertThat(escrow.snapshot().terms().inspectionDays()).isEqualTo(10);
    }

    @Test
    void whenTheInspectionPeriodEndsUntouchedTheMoneyIsReleasedOnce() {
        Escrow escrow = held();
        escrow.markDelivered(AS_PAYEE, NOW);
        Instant end = NOW.plus(THREE_DAYS);

        assertThat(escrow.releaseAfterInspection(end.minusMillis(1)))
                .as("one moment early")
                .isEmpty();
        List<EscrowEvent> events = escrow.releaseAfterInspection(end);

        assertThat(events).map(EscrowEvent::kind).containsExactly("AutoReleased", "ReleaseStarted");
        assertThat(events.getFirst())
                .isInstanceOfSatisfying(EscrowEvent.AutoReleased.class, e -> assertThat(e.inspectionEndsAt())
                        .isEqualTo(end));
        assertThat(events.get(1)).isInstanceOfSatisfying(EscrowEvent.ReleaseStarted.class, e -> {
            assertThat(e.amountPaise()).isEqualTo(AMOUNT);
            assertThat(e.round()).isEqualTo(1);
        });
        assertThat(escrow.status()).isEqualTo(EscrowStatus.RELEASING);
        assertThat(escrow.releaseAfterInspection(end.plusSeconds(60)))
                .as("a second sweep")
                .isEmpty();
    }

    @Test
    void aDisputeOrTheRefundOfThePayeeStopsTheAutomaticRelease() {
        Escrow disputed = held();
        disputed.markDelivered(AS_PAYEE, NOW);
        disputed.dispute(AS_PAYER, "the screen is cracked");
        assertThat(disputed.releaseAfterInspection(NOW.plus(THREE_DAYS))).isEmpty();
        assertThat(disputed.status()).isEqualTo(EscrowStatus.DISPUTED);

        Escrow refunded = held();
        refunded.markDelivered(AS_PAYEE, NOW);
        refunded.cancel(AS_PAYEE, "out of stock after all");
        assertThat(refunded.releaseAfterInspection(NOW.plus(THREE_DAYS))).isEmpty();
        assertThat(refunded.status()).isEqualTo(EscrowStatus.REFUNDING);
    }

    @Test
    void heldMoneyWithoutADeliveryIsNeverReleasedOnItsOwn() {
        Escrow escrow = held();
        assertThat(escrow.releaseAfterInspection(NOW.plus(Duration.ofDays(365))))
                .isEmpty();
        assertThat(escrow.remindInspectionEnding(NOW.plus(Duration.ofDays(365))))
                .isEmpty();
        assertThat(escrow.status()).isEqualTo(EscrowStatus.HELD);
    }

    @Test
    void theReminderGoesOutOnceAndOnlyBeforeTheEnd() {
        Escrow escrow = held();
        escrow.markDelivered(AS_PAYEE, NOW);
        Instant dayBefore = NOW.plus(THREE_DAYS).minus(Duration.ofHours(24));

        assertThat(escrow.remindInspectionEnding(dayBefore))
                .singleElement()
                .isInstanceOfSatisfying(EscrowEvent.InspectionEndingSoon.class, e -> assertThat(e.inspectionEndsAt())
                        .isEqualTo(NOW.plus(THREE_DAYS)));
        assertThat(escrow.inspection().reminderSentAt()).isEqualTo(dayBefore);
        assertThat(escrow.remindInspectionEnding(dayBefore.plusSeconds(60))).isEmpty();

        Escrow late = held();
        late.markDelivered(AS_PAYEE, NOW);
        assertThat(late.remindInspectionEnding(NOW.plus(THREE_DAYS)))
                .as("the period already ended")
                .isEmpty();
    }

    @Test
    void onlyThePayeeMarksTheDealDeliveredAndOnlyWhileTheMoneyIsHeld() {
        assertThatThrownBy(() -> held().markDelivered(AS_PAYER, NOW))
                .extracting("code")
                .isEqualTo("ONLY_PAYEE");
        assertThatThrownBy(() -> held().markDelivered(AS_ADMIN, NOW))
                .extracting("code")
                .isEqualTo("ONLY_PAYEE");
        assertThatThrownBy(() -> paymentPending().markDelivered(AS_PAYEE, NOW))
                .extracting("code")
                .isEqualTo("ILLEGAL_TRANSITION");
        assertThatThrownBy(() -> releasing().markDelivered(AS_PAYEE, NOW))
                .extracting("code")
                .isEqualTo("ILLEGAL_TRANSITION");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 31, 365})
    void inspectionDaysOutsideOneToThirtyAreRefused(int days) {
        assertThatThrownBy(() -> EscrowTerms.of("Bike", null, 100L, null, 10_000_000, days))
                .isInstanceOf(InvalidInputException.class)
                .extracting("code", "field")
                .containsExactly("INSPECTION_DAYS_OUT_OF_RANGE", "inspectionDays");
    }

    @Test
    void inspectionDaysDefaultToThreeAndTheBoundsAreAccepted() {
        assertThat(EscrowTerms.of("Bike", null, 100L, null, 10_000_000).inspectionDays())
                .isEqualTo(3);
        assertThat(EscrowTerms.of("Bike", null, 100L, null, 10_000_000, 1).inspectionDays())
                .isEqualTo(1);
        assertThat(EscrowTerms.of("Bike", null, 100L, null, 10_000_000, 30).inspectionDays())
                .isEqualTo(30);
    }

    @Test
    void theNextStepTellsThePayerTheDeadlineAndThePayeeWhatTheyWaitFor() {
        Escrow escrow = held();
        escrow.markDelivered(AS_PAYEE, NOW);

        assertThat(NextStep.of(escrow, AS_PAYER))
                .isEqualTo("Your turn: inspect the delivery, then confirm or dispute by 13 Jan 2026, 15:30 IST;"
                        + " after that the money is released automatically");
        assertThat(NextStep.of(escrow, AS_PAYEE))
                .isEqualTo("Waiting for the payer's inspection until 13 Jan 2026, 15:30 IST");
    }
}
