package com.trustpay.escrow.escrow.domain;

import static com.trustpay.escrow.escrow.domain.EscrowFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.PartyRole;
import com.trustpay.escrow.escrow.domain.EscrowEvent.AnomalyDetected;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Cancelled;
import com.trustpay.escrow.escrow.domain.EscrowEvent.FundsHeld;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PartnerJoined;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PartyConfirmed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PaymentAwaited;
import com.trustpay.escrow.escrow.domain.EscrowEvent.PaymentLapsed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.RefundFailed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.RefundStarted;
import com.trustpay.escrow.escrow.domain.EscrowEvent.Refunded;
import com.trustpay.escrow.escrow.domain.EscrowEvent.ReleaseReversed;
import com.trustpay.escrow.escrow.domain.EscrowEvent.ReleaseStarted;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Given/when/then behaviour of the escrow aggregate. */
class EscrowTest {

    @Nested
    class Joining {

        @Test
        void joiningRequestsTheFirstPaymentAttemptInTheSameStep() {
            Escrow escrow = awaitingPartner();

            List<EscrowEvent> events = escrow.join(PAYEE, NOW);

            assertThat(events).hasSize(2);
            assertThat(events.get(0)).isInstanceOf(PartnerJoined.class);
            assertThat(events.get(0).transition())
                    .isEqualTo(new Transition(EscrowStatus.AWAITING_PARTNER, EscrowStatus.AWAITING_PAYMENT));
            PaymentAwaited awaited = (PaymentAwaited) events.get(1);
            assertThat(awaited.transition().to()).isEqualTo(EscrowStatus.PAYMENT_PENDING);
            assertThat(awaited.attempt()).isEqualTo(1);
            assertThat(awaited.amountPaise()).isEqualTo(AMOUNT);
            assertThat(awaited.payerVpa()).isEqualTo(PAYER.vpa());
            assertThat(escrow.status()).isEqualTo(EscrowStatus.PAYMENT_PENDING);
            assertThat(escrow.codeState(NOW)).isEqualTo(CodeState.USED);
        }

        @Test
        void joiningYourOwnEscrowIsRefused() {
            Escrow escrow = awaitingPartner();

            assertThatThrownBy(() -> escrow.join(PAYER, NOW)).extracting("code").isEqualTo("SELF_JOIN");
            assertThat(escrow.status()).isEqualTo(EscrowStatus.AWAITING_PARTNER);
        }

        @Test
        void aCodeOlderThanItsTimeToLiveIsExpiredEvenBeforeTheSweep() {
            Escrow escrow = awaitingPartner();

            assertThatThrownBy(() -> escrow.join(PAYEE, NOW.plus(CODE_TTL)))
                    .extracting("code")
                    .isEqualTo("CODE_EXPIRED");
        }

        @Test
        void aUsedCodeCannotBeUsedAgain() {
            Escrow escrow = paymentPending();

            assertThatThrownBy(() -> escrow.join(new Party(java.util.UUID.randomUUID(), "X", "x@upi"), NOW))
                    .extracting("code")
                    .isEqualTo("CODE_USED");
        }

        @Test
        void eachUnusableCodeSaysWhyWithItsOwnCode() {
            Escrow cancelled = awaitingPartner();
            cancelled.cancel(AS_PAYER, "changed my mind");
            Escrow expired = awaitingPartner();
            expired.expireCode(NOW.plus(CODE_TTL));

            assertThat(cancelled.codeState(NOW)).isEqualTo(CodeState.CANCELLED);
            assertThatThrownBy(() -> cancelled.join(PAYEE, NOW))
                    .isInstanceOfSatisfying(EscrowRuleException.class, e -> {
                        assertThat(e.code()).isEqualTo("CODE_CANCELLED");
                        assertThat(e.getMessage()).startsWith("This escrow was cancelled");
                    });
            assertThatThrownBy(() -> expired.join(PAYEE, NOW.plus(CODE_TTL)))
                    .isInstanceOfSatisfying(EscrowRuleException.class, e -> {
                        assertThat(e.code()).isEqualTo("CODE_EXPIRED");
                        assertThat(e.getMessage()).startsWith("This code expired");
                    });
            assertThatThrownBy(() -> paymentPending().join(new Party(java.util.UUID.randomUUID(), "X", "x@upi"), NOW))
                    .hasMessage("Someone has already joined with this code");
            assertThat(cancelled.status()).isEqualTo(EscrowStatus.CANCELLED);
        }

        @Test
        void theSweepExpiresOnlyCodesWhoseTimeIsUp() {
            Escrow escrow = awaitingPartner();

            assertThat(escrow.expireCode(NOW.plus(CODE_TTL).minusSeconds(1))).isEmpty();
            List<EscrowEvent> events = escrow.expireCode(NOW.plus(CODE_TTL));

            assertThat(events).singleElement().isInstanceOf(EscrowEvent.CodeExpired.class);
            assertThat(escrow.status()).isEqualTo(EscrowStatus.EXPIRED);
        }
    }

    @Nested
    class Paying {

        @Test
        void aPaymentOfTheRightAmountIsHeld() {
            Escrow escrow = paymentPending();

            List<EscrowEvent> events = escrow.paymentSucceeded(receipt(1, AMOUNT), NOW);

            assertThat(events).singleElement().isInstanceOf(FundsHeld.class);
            assertThat(escrow.status()).isEqualTo(EscrowStatus.HELD);
            assertThat(escrow.payment().status()).isEqualTo(PaymentStatus.RECEIVED);
            assertThat(escrow.payment().completedAt()).isEqualTo(NOW);
        }

        @Test
        void aPaymentOfAnotherAmountIsNotHeldButRaisesAnAlert() {
            Escrow escrow = paymentPending();

            List<EscrowEvent> events = escrow.paymentSucceeded(receipt(1, AMOUNT - 1), NOW);

            assertThat(events).singleElement().isInstanceOfSatisfying(AnomalyDetected.class, anomaly -> {
                assertThat(anomaly.kind()).isEqualTo("AMOUNT_MISMATCH");
                assertThat(anomaly.critical()).isTrue();
            });
            assertThat(escrow.status()).isEqualTo(EscrowStatus.PAYMENT_PENDING);
            assertThat(escrow.snapshot().lastError()).contains("expected " + AMOUNT);
        }

        @Test
        void aDuplicatedPaymentSucceededChangesNothing() {
            Escrow escrow = held();

            assertThat(escrow.paymentSucceeded(receipt(1, AMOUNT), NOW)).isEmpty();
            assertThat(escrow.status()).isEqualTo(EscrowStatus.HELD);
        }

        @Test
        void moneyPaymentServiceGivesBackIsAHistoryEntryThatChangesNothingHeld() {
            Escrow escrow = held();

            List<EscrowEvent> events = escrow.paymentReturned(2, AMOUNT, "DUPLICATE_PAYMENT", "RX0001-1");

            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e).isInstanceOf(EscrowEvent.AnomalyDetected.class);
                EscrowEvent.AnomalyDetected a = (EscrowEvent.AnomalyDetected) e;
                assertThat(a.kind()).isEqualTo("PAYMENT_RETURNED");
                assertThat(a.critical()).isFalse();
                assertThat(a.detail()).contains("a second payment").contains("RX0001-1");
            });
            assertThat(escrow.status()).isEqualTo(EscrowStatus.HELD);
        }

        @Test
        void aSecondAttemptPaidAfterTheFirstIsReportedForRefund() {
            Escrow escrow = paymentFailed();
            escrow.retryPayment(AS_PAYER, NOW);
            escrow.paymentSucceeded(receipt(2, AMOUNT), NOW);

            List<EscrowEvent> events = escrow.paymentSucceeded(receipt(1, AMOUNT), NOW);

            assertThat(events).singleElement().extracting("kind").isEqualTo("DUPLICATE_PAYMENT");
        }

        @Test
        void anExpiryOfTheCurrentAttemptLetsThePayerRetry() {
            Escrow escrow = paymentPending();

            List<EscrowEvent> events = escrow.paymentLapsed(1, PaymentStatus.EXPIRED, "expired", NOW);
            List<EscrowEvent> retried = escrow.retryPayment(AS_PAYER, NOW);

            assertThat(events).singleElement().isInstanceOf(PaymentLapsed.class);
            assertThat(retried).singleElement().extracting("attempt").isEqualTo(2);
            assertThat(escrow.status()).isEqualTo(EscrowStatus.PAYMENT_PENDING);
        }

        @Test
        void anExpiryOfAnOlderAttemptIsIgnored() {
            Escrow escrow = paymentFailed();
            escrow.retryPayment(AS_PAYER, NOW);

            assertThat(escrow.paymentLapsed(1, PaymentStatus.EXPIRED, "late", NOW))
                    .isEmpty();
            assertThat(escrow.status()).isEqualTo(EscrowStatus.PAYMENT_PENDING);
        }

        @Test
        void aPaymentForAnOlderAttemptStillHoldsTheFunds() {
            Escrow escrow = paymentFailed();
            escrow.retryPayment(AS_PAYER, NOW);

            escrow.paymentSucceeded(receipt(1, AMOUNT), NOW);

            assertThat(escrow.status()).isEqualTo(EscrowStatus.HELD);
            assertThat(escrow.payment().paidAttempt()).isEqualTo(1);
        }

        @Test
        void aPaymentThatArrivesAfterItsAttemptExpiredIsHeld() {
            Escrow escrow = paymentFailed();

            escrow.paymentSucceeded(receipt(1, AMOUNT), NOW);

            assertThat(escrow.status()).isEqualTo(EscrowStatus.HELD);
        }

        @Test
        void anExpiryThatArrivesAfterThePaymentChangesNothing() {
            Escrow escrow = held();

            assertThat(escrow.paymentLapsed(1, PaymentStatus.EXPIRED, "late", NOW))
                    .isEmpty();
            assertThat(escrow.status()).isEqualTo(EscrowStatus.HELD);
        }

        @Test
        void onlyThePayerRetriesAPayment() {
            Escrow escrow = paymentFailed();

            assertThatThrownBy(() -> escrow.retryPayment(AS_PAYEE, NOW))
                    .extracting("code")
                    .isEqualTo("ONLY_PAYER");
        }

        @Test
        void theOfferOfTheCurrentAttemptIsKeptForThePaymentView() {
            Escrow escrow = paymentPending();

            escrow.paymentOffered(new PaymentOffer(1, "ref1", "upi://pay?pa=x", null, "iVBOR", null, NOW));
            escrow.paymentOffered(new PaymentOffer(0, "old", "upi://old", null, null, null, NOW));

            assertThat(escrow.payment().offer().intentLink()).isEqualTo("upi://pay?pa=x");
        }
    }

    @Nested
    class Cancelling {

        @Test
        void cancellingAPendingPaymentWithdrawsTheRequest() {
            Escrow escrow = paymentPending();

            List<EscrowEvent> events = escrow.cancel(AS_PAYER, "changed my mind");

            assertThat(events).singleElement().isInstanceOfSatisfying(Cancelled.class, cancelled -> assertThat(
                            cancelled.withdrawAttempt())
                    .isEqualTo(1));
            assertThat(escrow.status()).isEqualTo(EscrowStatus.CANCELLED);
        }

        @Test
        void aPaymentThatArrivesAfterTheCancelIsRefunded() {
            Escrow escrow = paymentPending();
            escrow.cancel(AS_PAYER, "changed my mind");

            List<EscrowEvent> events = escrow.paymentSucceeded(receipt(1, AMOUNT), NOW);

            assertThat(events).singleElement().isInstanceOfSatisfying(RefundStarted.class, refund -> assertThat(
                            refund.amountPaise())
                    .isEqualTo(AMOUNT));
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDING);
        }

        @Test
        void thePayerCannotTakeHeldMoneyBackByCancelling() {
            Escrow escrow = held();

            assertThatThrownBy(() -> escrow.cancel(AS_PAYER, "mine"))
                    .extracting("code")
                    .isEqualTo("PAYER_CANNOT_CANCEL_HELD");
            assertThat(escrow.status()).isEqualTo(EscrowStatus.HELD);
        }

        @Test
        void thePayeeCancellingHeldMoneyRefundsThePayer() {
            Escrow escrow = held();

            List<EscrowEvent> events = escrow.cancel(AS_PAYEE, "out of stock");

            assertThat(events).singleElement().isInstanceOf(RefundStarted.class);
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDING);
        }
    }

    @Nested
    class Releasing {

        @Test
        void aFirstConfirmationKeepsTheMoneyHeld() {
            Escrow escrow = held();

            List<EscrowEvent> events = escrow.confirm(AS_PAYEE);

            assertThat(events).singleElement().isInstanceOfSatisfying(PartyConfirmed.class, confirmed -> assertThat(
                            confirmed.role())
                    .isEqualTo(PartyRole.PAYEE));
            assertThat(escrow.status()).isEqualTo(EscrowStatus.HELD);
        }

        @Test
        void theSecondConfirmationReleasesTheFunds() {
            Escrow escrow = held();
            escrow.confirm(AS_PAYER);

            List<EscrowEvent> events = escrow.confirm(AS_PAYEE);

            assertThat(events).hasSize(2);
            ReleaseStarted release = (ReleaseStarted) events.get(1);
            assertThat(release.round()).isEqualTo(1);
            assertThat(release.payeeVpa()).isEqualTo(PAYEE.vpa());
            assertThat(escrow.status()).isEqualTo(EscrowStatus.RELEASING);
        }

        @Test
        void confirmingTwiceChangesNothing() {
            Escrow escrow = held();
            escrow.confirm(AS_PAYER);

            assertThat(escrow.confirm(AS_PAYER)).isEmpty();
        }

        @Test
        void anAdminRetryStartsTheNextRoundAndIgnoresFailuresOfTheOldOne() {
            Escrow escrow = releasing();
            escrow.payoutFailed(1, "bank down", NOW);

            List<EscrowEvent> events = escrow.retryRelease(AS_ADMIN);

            assertThat(events).singleElement().extracting("round").isEqualTo(2);
            assertThat(escrow.payoutFailed(1, "late duplicate", NOW)).isEmpty();
            assertThat(escrow.status()).isEqualTo(EscrowStatus.RELEASING);
        }

        @Test
        void aSucceededPayoutKeepsTheBanksUtrForTheReceipt() {
            Escrow escrow = releasing();

            escrow.payoutSucceeded("po_1", "AXISN52010987654", AMOUNT, NOW, NOW);

            assertThat(escrow.payout().utr()).isEqualTo("AXISN52010987654");
            assertThat(escrow.payout().completedAt()).isEqualTo(NOW);
        }

        @Test
        void aDuplicatedPayoutSucceededChangesNothing() {
            Escrow escrow = releasing();
            escrow.payoutSucceeded("po_1", "utr_po_1", AMOUNT, NOW, NOW);

            assertThat(escrow.payoutSucceeded("po_1", "utr_po_1", AMOUNT, NOW, NOW))
                    .isEmpty();
            assertThat(escrow.status()).isEqualTo(EscrowStatus.RELEASED);
        }
    }

    @Nested
    class ReversedPayouts {

        private static final String REASON = "Payout was reversed by the beneficiary bank";

        @Test
        void aPayoutTheBankReturnedLeavesReleasedForAnAdminsDecision() {
            Escrow escrow = released();

            List<EscrowEvent> events = escrow.payoutReversed("po_1", AMOUNT, REASON, NOW);

            assertThat(events)
                    .containsExactly(new ReleaseReversed(
                            new Transition(EscrowStatus.RELEASED, EscrowStatus.PAYOUT_REVERSED),
                            AMOUNT,
                            "po_1",
                            REASON));
            EscrowSnapshot s = escrow.snapshot();
            assertThat(s.payout().reversedReference()).isEqualTo("po_1");
            assertThat(s.payout().completedAt()).isNull();
            assertThat(s.lastError()).contains("po_1").contains(REASON);
        }

        @Test
        void aDuplicateOrOutOfOrderReversalChangesNothing() {
            Escrow reversed = payoutReversed();
            Escrow releasing = releasing();

            assertThat(reversed.payoutReversed("po_1", AMOUNT, REASON, NOW)).isEmpty();
            assertThat(releasing.payoutReversed("po_1", AMOUNT, REASON, NOW)).isEmpty();
            assertThat(reversed.status()).isEqualTo(EscrowStatus.PAYOUT_REVERSED);
            assertThat(releasing.status()).isEqualTo(EscrowStatus.RELEASING);
        }

        @Test
        void payingAgainStartsANewRoundThatNamesTheReversedPayout() {
            Escrow escrow = payoutReversed();

            List<EscrowEvent> events = escrow.decideReversal(AS_ADMIN, true, "payee fixed their account", NOW);

            assertThat(events).hasSize(2).first().isInstanceOf(EscrowEvent.DisputeResolved.class);
            assertThat(events).last().isInstanceOfSatisfying(ReleaseStarted.class, started -> {
                assertThat(started.round()).isEqualTo(2);
                assertThat(started.amountPaise()).isEqualTo(AMOUNT);
                assertThat(started.answersReversal()).isEqualTo("po_1");
            });
            assertThat(escrow.status()).isEqualTo(EscrowStatus.RELEASING);
        }

        @Test
        void aRetryAfterThePayAgainRoundFailedNamesNoReversal() {
            Escrow escrow = payoutReversed();
            escrow.decideReversal(AS_ADMIN, true, "pay again", NOW);
            escrow.payoutFailed(2, "bank down", NOW);

            assertThat(escrow.retryRelease(AS_ADMIN))
                    .singleElement()
                    .extracting("answersReversal")
                    .isNull();
        }

        @Test
        void aLateSuccessOfTheReversedPayoutDoesNotCompleteThePayAgainRound() {
            Escrow escrow = payoutReversed();
            escrow.decideReversal(AS_ADMIN, true, "pay again", NOW);

            assertThat(escrow.payoutSucceeded("po_1", "utr_po_1", AMOUNT, NOW, NOW))
                    .isEmpty();
            assertThat(escrow.payoutSucceeded("po_2", "utr_po_2", AMOUNT, NOW, NOW))
                    .singleElement()
                    .isInstanceOf(EscrowEvent.Released.class);
            assertThat(escrow.status()).isEqualTo(EscrowStatus.RELEASED);
        }

        @Test
        void refundingTheReversedPayoutGivesThePayerTheCollectedAmount() {
            Escrow escrow = payoutReversed();

            List<EscrowEvent> events = escrow.decideReversal(AS_ADMIN, false, null, NOW);

            assertThat(events).hasSize(2).first().isInstanceOf(EscrowEvent.DisputeResolved.class);
            assertThat(events).last().isInstanceOfSatisfying(RefundStarted.class, refund -> {
                assertThat(refund.amountPaise()).isEqualTo(AMOUNT);
                assertThat(refund.reason()).isEqualTo("The bank returned the payout");
            });
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDING);
            assertThat(escrow.refundSucceeded("rf_1", AMOUNT, NOW, NOW)).hasSize(1);
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDED);
        }

        @Test
        void onlyAnAdminWhoIsNoPartyDecidesWithABoundedNote() {
            Escrow escrow = payoutReversed();
            Actor adminPayer = Actor.admin(PAYER.userId());

            assertThatThrownBy(() -> escrow.decideReversal(AS_PAYEE, true, null, NOW))
                    .extracting("code")
                    .isEqualTo("ADMIN_ONLY");
            assertThatThrownBy(() -> escrow.decideReversal(adminPayer, false, null, NOW))
                    .extracting("code")
                    .isEqualTo("PARTY_CANNOT_RESOLVE");
            assertThatThrownBy(() -> escrow.decideReversal(AS_ADMIN, false, "n".repeat(Escrow.MAX_NOTE + 1), NOW))
                    .extracting("code")
                    .isEqualTo("NOTE_TOO_LONG");
            assertThat(escrow.status()).isEqualTo(EscrowStatus.PAYOUT_REVERSED);
            assertThat(escrow.decision()).as("a refused decision keeps nothing").isEmpty();
        }

        @Test
        void thereIsNothingToDecideWithoutAReversal() {
            assertThatThrownBy(() -> released().decideReversal(AS_ADMIN, true, null, NOW))
                    .isInstanceOf(IllegalTransitionException.class)
                    .extracting("code")
                    .isEqualTo("ILLEGAL_TRANSITION");
        }
    }

    @Nested
    class Disputes {

        @Test
        void aDisputeResolvedForThePayerRefundsTheWholeAmount() {
            Escrow escrow = held();
            escrow.dispute(AS_PAYEE, "buyer never collected");

            List<EscrowEvent> events = escrow.resolve(AS_ADMIN, false, "refund", NOW);

            assertThat(events).last().isInstanceOf(EscrowEvent.RefundStarted.class);
            assertThat(events).last().extracting("amountPaise").isEqualTo(AMOUNT);
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDING);
        }

        @Test
        void anAdminWhoIsAPartyCannotResolveTheirOwnDispute() {
            Escrow escrow = held();
            escrow.dispute(AS_PAYER, "broken");

            for (Actor partyAdmin : List.of(Actor.admin(PAYEE.userId()), Actor.admin(PAYER.userId()))) {
                assertThatThrownBy(() -> escrow.resolve(partyAdmin, true, "mine", NOW))
                        .isInstanceOfSatisfying(EscrowRuleException.class, e -> {
                            assertThat(e.code()).isEqualTo("PARTY_CANNOT_RESOLVE");
                            assertThat(e.kind()).isEqualTo(EscrowRuleException.Kind.NOT_PERMITTED);
                        });
            }
            assertThat(escrow.status()).isEqualTo(EscrowStatus.DISPUTED);
        }

        @Test
        void aResolveNoteHasAtMostAThousandCharacters() {
            Escrow escrow = held();
            escrow.dispute(AS_PAYER, "broken");

            assertThatThrownBy(() -> escrow.resolve(AS_ADMIN, false, "n".repeat(1_001), NOW))
                    .isInstanceOfSatisfying(EscrowRuleException.class, e -> {
                        assertThat(e.code()).isEqualTo("NOTE_TOO_LONG");
                        assertThat(e.kind()).isEqualTo(EscrowRuleException.Kind.UNACCEPTABLE_CONTENT);
                        assertThat(e.field()).isEqualTo("note");
                    });
            assertThat(escrow.status()).isEqualTo(EscrowStatus.DISPUTED);
            assertThat(escrow.resolve(AS_ADMIN, false, "n".repeat(1_000), NOW)).hasSize(2);
        }

        @Test
        void onlyAnAdminResolves() {
            Escrow escrow = held();
            escrow.dispute(AS_PAYER, "broken");

            assertThatThrownBy(() -> escrow.resolve(AS_PAYEE, true, "mine", NOW))
                    .extracting("code")
                    .isEqualTo("ADMIN_ONLY");
        }

        @Test
        void aDisputeNeedsAReason() {
            Escrow escrow = held();

            assertThatThrownBy(() -> escrow.dispute(AS_PAYER, " "))
                    .extracting("code")
                    .isEqualTo("REASON_REQUIRED");
        }

        @Test
        void strangersAreNeitherPartiesNorAdmins() {
            Escrow escrow = held();

            assertThat(escrow.isVisibleTo(STRANGER)).isFalse();
            assertThat(escrow.isVisibleTo(AS_PAYEE)).isTrue();
            assertThat(escrow.isVisibleTo(AS_ADMIN)).isTrue();
        }
    }

    @Nested
    class Refunds {

        @Test
        void aFailedRefundWaitsForAnAdminWithTheErrorRecorded() {
            Escrow escrow = refunding();

            List<EscrowEvent> events = escrow.refundFailed("rf_1", AMOUNT, "R21: online refund disabled", NOW);

            assertThat(events).singleElement().isInstanceOfSatisfying(RefundFailed.class, failed -> {
                assertThat(failed.transition())
                        .isEqualTo(new Transition(EscrowStatus.REFUNDING, EscrowStatus.REFUND_FAILED));
                assertThat(failed.refundReference()).isEqualTo("rf_1");
                assertThat(failed.amountPaise()).isEqualTo(AMOUNT);
                assertThat(failed.reason()).isEqualTo("R21: online refund disabled");
            });
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUND_FAILED);
            assertThat(escrow.snapshot().lastError()).isEqualTo("Refund failed: R21: online refund disabled");
            assertThat(escrow.snapshot().lastErrorAt()).isEqualTo(NOW);
        }

        @Test
        void anAdminRetrySendsTheWholeCollectedAmountAgain() {
            Escrow escrow = refunding();
            escrow.refundFailed("rf_1", AMOUNT, "R21: online refund disabled", NOW);

            List<EscrowEvent> events = escrow.retryRefund(AS_ADMIN);

            assertThat(events).singleElement().isInstanceOfSatisfying(RefundStarted.class, refund -> {
                assertThat(refund.transition())
                        .isEqualTo(new Transition(EscrowStatus.REFUND_FAILED, EscrowStatus.REFUNDING));
                assertThat(refund.amountPaise()).isEqualTo(AMOUNT);
                assertThat(refund.round()).isEqualTo(2);
            });
            assertThat(escrow.snapshot().refundRound()).isEqualTo(2);
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDING);
        }

        @Test
        void onlyAnAdminRetriesARefund() {
            Escrow escrow = refunding();
            escrow.refundFailed("rf_1", AMOUNT, "R21", NOW);

            assertThatThrownBy(() -> escrow.retryRefund(AS_PAYER))
                    .extracting("code")
                    .isEqualTo("ADMIN_ONLY");
            assertThatThrownBy(() -> escrow.retryRefund(AS_PAYEE))
                    .extracting("code")
                    .isEqualTo("ADMIN_ONLY");
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUND_FAILED);
        }

        @Test
        void aRefundThatIsNotFailedCannotBeRetried() {
            Escrow escrow = refunding();

            assertThatThrownBy(() -> escrow.retryRefund(AS_ADMIN))
                    .extracting("code")
                    .isEqualTo("ILLEGAL_TRANSITION");
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDING);
        }

        @Test
        void aRefundConfirmedAfterItWasReportedFailedStillCompletes() {
            Escrow escrow = refunding();
            escrow.refundFailed("rf_1", AMOUNT, "PROVIDER_UNAVAILABLE: Setu never confirmed the refund", NOW);

            List<EscrowEvent> events = escrow.refundSucceeded("rf_1", AMOUNT, NOW, NOW);

            assertThat(events).singleElement().isInstanceOfSatisfying(Refunded.class, refunded -> assertThat(
                            refunded.transition())
                    .isEqualTo(new Transition(EscrowStatus.REFUND_FAILED, EscrowStatus.REFUNDED)));
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDED);
            assertThat(escrow.snapshot().refundReference()).isEqualTo("rf_1");
            assertThat(escrow.snapshot().lastError()).isNull();
        }

        @Test
        void aRetriedRefundThatSucceedsEndsRefunded() {
            Escrow escrow = refunding();
            escrow.refundFailed("rf_1", AMOUNT, "R21", NOW);
            escrow.retryRefund(AS_ADMIN);

            List<EscrowEvent> events = escrow.refundSucceeded("rf_2", AMOUNT, NOW, NOW);

            assertThat(events).singleElement().isInstanceOf(Refunded.class);
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDED);
        }

        @Test
        void aRefundFailureOutsideARefundOnlyRecordsTheError() {
            Escrow escrow = inStatus(EscrowStatus.REFUNDED);

            assertThat(escrow.refundFailed("rf_2", AMOUNT, "EXCEEDS_COLLECTED: only 0 paise", NOW))
                    .isEmpty();
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUNDED);
            assertThat(escrow.snapshot().lastError()).contains("EXCEEDS_COLLECTED");
        }

        @Test
        void aSecondFailureReportWhileFailedChangesNothing() {
            Escrow escrow = refunding();
            escrow.refundFailed("rf_1", AMOUNT, "R21", NOW);

            assertThat(escrow.refundFailed("rf_1", AMOUNT, "R21", NOW)).isEmpty();
            assertThat(escrow.status()).isEqualTo(EscrowStatus.REFUND_FAILED);
        }
    }
}
