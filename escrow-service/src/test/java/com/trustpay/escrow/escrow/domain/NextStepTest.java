package com.trustpay.escrow.escrow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** "Finished" in the lists and "Nothing left to do" on the escrow's page say the same thing. */
class NextStepTest {

    @ParameterizedTest
    @EnumSource(EscrowStatus.class)
    void anEscrowIsFinishedExactlyWhenItsNextStepIsNothingLeftToDo(EscrowStatus status) {
        Escrow escrow = EscrowFixtures.inStatus(status);

        for (Actor reader : new Actor[] {EscrowFixtures.AS_PAYER, EscrowFixtures.AS_PAYEE, EscrowFixtures.AS_ADMIN}) {
            assertThat(NextStep.of(escrow, reader).startsWith("Nothing left to do"))
                    .as("%s as %s", status, reader)
                    .isEqualTo(NextStep.finished(status));
        }
    }
}
