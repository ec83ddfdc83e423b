package com.trustpay.escrow.escrow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole (from, to) matrix of the transition table, against ARCHITECTURE §3 plus the documented additions. */
class EscrowTransitionsTest {

    private static final Set<String> ALLOWED = Set.of(
            // ARCHITECTURE §3
            "AWAITING_PARTNER->AWAITING_PAYMENT",
            "AWAITING_PAYMENT->PAYMENT_PENDING",
            "PAYMENT_PENDING->HELD",
            "PAYMENT_PENDING->PAYMENT_FAILED",
            "PAYMENT_FAILED->PAYMENT_PENDING",
            "HELD->RELEASING",
            "RELEASING->RELEASED",
            "RELEASING->RELEASE_FAILED",
            "RELEASE_FAILED->RELEASING",
            "HELD->REFUNDING",
            "REFUNDING->REFUNDED",
            "HELD->DISPUTED",
            "DISPUTED->RELEASING",
            "DISPUTED->REFUNDING",
            "AWAITING_PARTNER->CANCELLED",
            "AWAITING_PAYMENT->CANCELLED",
            "PAYMENT_FAILED->CANCELLED",
            "AWAITING_PARTNER->EXPIRED",
            // additions that keep money from being lost or stuck
            "PAYMENT_PENDING->CANCELLED",
            "PAYMENT_FAILED->HELD",
            "CANCELLED->REFUNDING",
            "RELEASE_FAILED->RELEASED",
            "RELEASE_FAILED->REFUNDING",
            "REFUNDING->REFUND_FAILED",
            "REFUND_FAILED->REFUNDING",
            "REFUND_FAILED->REFUNDED",
            // a payout the bank returned after it succeeded waits for an admin (ADR 0014)
            "RELEASED->PAYOUT_REVERSED",
            "PAYOUT_REVERSED->RELEASING",
            "PAYOUT_REVERSED->REFUNDING",
            // milestones and an admin's split (ADR 0021)
            "HELD->RELEASE_FAILED",
            "RELEASE_FAILED->HELD",
            "RELEASING->REFUNDING");

    @Test
    void everyPairOfStatusesIsAllowedExactlyWhenTheDesignSaysSo() {
        List<String> wrong = new ArrayList<>();
        for (EscrowStatus from : EscrowStatus.values()) {
            for (EscrowStatus to : EscrowStatus.values()) {
                boolean expected = ALLOWED.contains(from + "->" + to);
                if (EscrowTransitions.allows(from, to) != expected) {
                    wrong.add(from + "->" + to + (expected ? " should be allowed" : " should be refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void refundedAndExpiredAreFinalAndReleasedOnlyGivesWayToABankReversal() {
        assertThat(EscrowTransitions.next(EscrowStatus.RELEASED)).containsExactly(EscrowStatus.PAYOUT_REVERSED);
        for (EscrowStatus status : EscrowStatus.values()) {
            boolean expectedFinal =
                    Set.of(EscrowStatus.REFUNDED, EscrowStatus.EXPIRED).contains(status);
            assertThat(EscrowTransitions.isFinal(status)).as(status.name()).isEqualTo(expectedFinal);
        }
    }

    @Test
    void aRefusedMoveNamesTheStatusAndTheAction() {
        assertThatThrownBy(() -> EscrowTransitions.check(EscrowStatus.RELEASED, EscrowStatus.REFUNDING, "refund"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Cannot refund an escrow that is RELEASED")
                .extracting("code")
                .isEqualTo("ILLEGAL_TRANSITION");
    }
}
