package com.trustpay.escrow.escrow.domain;

import static com.trustpay.escrow.escrow.domain.EscrowFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.escrow.escrow.domain.DisputeMessage.Author;
import com.trustpay.escrow.escrow.domain.EscrowEvent.DisputeMessagePosted;
import com.trustpay.escrow.escrow.domain.EscrowEvent.DisputeResolved;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The dispute thread and the admin's decision, kept for both parties to see. */
class DisputeThreadTest {

    private static Escrow disputed() {
        return inStatus(EscrowStatus.DISPUTED);
    }

    @Nested
    class Messages {

        @Test
        void eachPartyWritesInTheThreadAsThemselvesAndTheStatusStays() {
            Escrow escrow = disputed();
            UUID id = UUID.randomUUID();

            List<EscrowEvent> events = escrow.postDisputeMessage(AS_PAYEE, "  I shipped it on Monday  ", id, NOW);

            assertThat(events).singleElement().isInstanceOfSatisfying(DisputeMessagePosted.class, posted -> {
                assertThat(posted.message())
                        .isEqualTo(new DisputeMessage(id, PAYEE.userId(), Author.PAYEE, "I shipped it on Monday", NOW));
                assertThat(posted.transition().changesStatus()).isFalse();
            });
            assertThat(escrow.postDisputeMessage(AS_PAYER, "It never came", UUID.randomUUID(), NOW))
                    .singleElement()
                    .extracting(e -> ((DisputeMessagePosted) e).message().author())
                    .isEqualTo(Author.PAYER);
            assertThat(escrow.status()).isEqualTo(EscrowStatus.DISPUTED);
        }

        @Test
        void anAdminWritesAsStaffButAnAdminWhoIsAPartyWritesAsThatParty() {
            Escrow escrow = disputed();

            assertThat(author(escrow, AS_ADMIN)).isEqualTo(Author.ADMIN);
            assertThat(author(escrow, Actor.admin(PAYER.userId()))).isEqualTo(Author.PAYER);
        }

        @Test
        void aMessageHasOneToTwoThousandCharactersAfterStripping() {
            Escrow escrow = disputed();

            assertThatThrownBy(() -> escrow.postDisputeMessage(AS_PAYER, "   ", UUID.randomUUID(), NOW))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo("MESSAGE_REQUIRED");
                        assertThat(e.field()).isEqualTo("text");
                    });
            assertThatThrownBy(() -> escrow.postDisputeMessage(AS_PAYER, null, UUID.randomUUID(), NOW))
                    .extracting("code")
                    .isEqualTo("MESSAGE_REQUIRED");
            assertThatThrownBy(() -> escrow.postDisputeMessage(AS_PAYER, "x".repeat(2_001), UUID.randomUUID(), NOW))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code())
                            .isEqualTo("MESSAGE_TOO_LONG"));
            assertThat(escrow.postDisputeMessage(AS_PAYER, " " + "x".repeat(2_000) + " ", UUID.randomUUID(), NOW))
                    .hasSize(1);
            assertThat(escrow.postDisputeMessage(AS_PAYER, "\uD83D\uDCE6".repeat(2_000), UUID.randomUUID(), NOW))
                    .as("characters, not UTF-16 units")
                    .hasSize(1);
        }

        @Test
        void noMessageOutsideADispute() {
            for (EscrowStatus status : EscrowStatus.values()) {
                if (status == EscrowStatus.DISPUTED) {
                    continue;
                }
                Escrow escrow = inStatus(status);
                assertThatThrownBy(() -> escrow.postDisputeMessage(AS_PAYER, "hello", UUID.randomUUID(), NOW))
                        .as(status.name())
                        .isInstanceOfSatisfying(EscrowRuleException.class, e -> assertThat(e.kind())
                                .isEqualTo(EscrowRuleException.Kind.WRONG_STATUS));
            }
        }

        @Test
        void aStrangerWritesNothing() {
            assertThatThrownBy(() -> disputed().postDisputeMessage(STRANGER, "hi", UUID.randomUUID(), NOW))
                    .extracting("code")
                    .isEqualTo("ONLY_PARTIES");
        }

        private static Author author(Escrow escrow, Actor actor) {
            DisputeMessagePosted posted =
                    (DisputeMessagePosted) escrow.postDisputeMessage(actor, "a question", UUID.randomUUID(), NOW)
                            .getFirst();
            return posted.message().author();
        }
    }

    @Nested
    class Decisions {

        @Test
        void aReleaseDecisionIsKeptWithItsNoteAndAnnouncedBeforeThePayout() {
            Escrow escrow = disputed();

            List<EscrowEvent> events = escrow.resolve(AS_ADMIN, true, "  The tracking shows delivery  ", NOW);

            Decision expected = new Decision(
                    Decision.Outcome.RELEASE_TO_PAYEE,
                    EscrowStatus.DISPUTED,
                    "The tracking shows delivery",
                    AS_ADMIN.userId(),
                    NOW);
            assertThat(escrow.decision()).contains(expected);
            assertThat(events).hasSize(2);
            assertThat(events.getFirst())
                    .isEqualTo(new DisputeResolved(events.getFirst().transition(), expected, AMOUNT));
            assertThat(events.get(1)).isInstanceOf(EscrowEvent.ReleaseStarted.class);
            assertThat(escrow.status()).isEqualTo(EscrowStatus.RELEASING);
            assertThat(escrow.snapshot().payerConfirmed() || escrow.snapshot().payeeConfirmed())
                    .as("nobody confirmed: an admin decided")
                    .isFalse();
        }

        @Test
        void aRefundDecisionKeepsItsNoteAndABlankNoteIsNone() {
            Escrow escrow = disputed();
            escrow.resolve(AS_ADMIN, false, "Wrong model", NOW);
            assertThat(escrow.decision()).map(Decision::outcome).contains(Decision.Outcome.REFUND_TO_PAYER);
            assertThat(escrow.decision()).map(Decision::note).contains("Wrong model");

            Escrow other = disputed();
            other.resolve(AS_ADMIN, false, "  ", NOW);
            assertThat(other.decision()).isPresent();
            assertThat(other.decision().get().note()).isNull();
        }

        @Test
        void aRefusedDecisionKeepsNothing() {
            Escrow escrow = disputed();

            assertThatThrownBy(() -> escrow.resolve(AS_ADMIN, true, "n".repeat(1_001), NOW))
                    .extracting("code")
                    .isEqualTo("NOTE_TOO_LONG");
            assertThatThrownBy(() -> escrow.resolve(Actor.admin(PAYEE.userId()), true, "mine", NOW))
                    .extracting("code")
                    .isEqualTo("PARTY_CANNOT_RESOLVE");
            assertThat(escrow.decision()).isEmpty();
        }

        @Test
        void theDecisionSurvivesStoringAndLoading() {
            Escrow escrow = disputed();
            escrow.resolve(AS_ADMIN, false, "Wrong model", NOW);

            assertThat(Escrow.restore(escrow.snapshot()).decision()).isEqualTo(escrow.decision());
        }

        @Test
        void aDecisionOfAFailedReleaseSaysSo() {
            Escrow escrow = inStatus(EscrowStatus.RELEASE_FAILED);

            escrow.resolve(AS_ADMIN, false, "The payee's bank keeps refusing", NOW);

            assertThat(escrow.decision()).map(Decision::decided).contains(EscrowStatus.RELEASE_FAILED);
        }

        @Test
        void payingAgainAfterTheBankReturnedThePayoutIsKeptAndAnnouncedBeforeThePayout() {
            Escrow escrow = payoutReversed();

            List<EscrowEvent> events = escrow.decideReversal(AS_ADMIN, true, "  The payee fixed their account  ", NOW);

            Decision expected = new Decision(
                    Decision.Outcome.RELEASE_TO_PAYEE,
                    EscrowStatus.PAYOUT_REVERSED,
                    "The payee fixed their account",
                    AS_ADMIN.userId(),
                    NOW);
            assertThat(escrow.decision()).contains(expected);
            assertThat(events).hasSize(2);
            assertThat(events.getFirst())
                    .isEqualTo(new DisputeResolved(events.getFirst().transition(), expected, AMOUNT));
            assertThat(events.getFirst().transition().from()).isEqualTo(EscrowStatus.PAYOUT_REVERSED);
            assertThat(events.get(1)).isInstanceOf(EscrowEvent.ReleaseStarted.class);
            assertThat(Escrow.restore(escrow.snapshot()).decision()).contains(expected);
        }

        @Test
        void refundingAReturnedPayoutIsKeptWithNoNoteWhenBlank() {
            Escrow escrow = payoutReversed();

            List<EscrowEvent> events = escrow.decideReversal(AS_ADMIN, false, " ", NOW);

            assertThat(escrow.decision())
                    .contains(new Decision(
                            Decision.Outcome.REFUND_TO_PAYER,
                            EscrowStatus.PAYOUT_REVERSED,
                            null,
                            AS_ADMIN.userId(),
                            NOW));
            assertThat(events)
                    .extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("DisputeResolved", "RefundStarted");
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDING);
        }

        @Test
        void aRefusedReversalDecisionKeepsTheEarlierDecisionOnly() {
            Escrow escrow = payoutReversed();

            assertThatThrownBy(() -> escrow.decideReversal(Actor.admin(PAYEE.userId()), true, "mine", NOW))
                    .extracting("code")
                    .isEqualTo("PARTY_CANNOT_RESOLVE");
            assertThat(escrow.decision()).isEmpty();
        }

        @Test
        void noDecisionBeforeAnAdminDecides() {
            assertThat(disputed().decision()).isEmpty();
            assertThat(inStatus(EscrowStatus.RELEASED).decision()).isEmpty();
        }
    }
}
