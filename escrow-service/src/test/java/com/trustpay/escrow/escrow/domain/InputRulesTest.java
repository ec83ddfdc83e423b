package com.trustpay.escrow.escrow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.PaymentMode;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The input rules: amounts, titles, VPAs and join codes. */
class InputRulesTest {

    private static final long MAX = 10_000_000;

    @Test
    void amountsFromOneRupeeUpToTheLimitAreAccepted() {
        assertThat(EscrowTerms.of("Bike", null, 100L, null, MAX).amountPaise()).isEqualTo(100);
        assertThat(EscrowTerms.of("Bike", null, MAX, PaymentMode.COLLECT, MAX).paymentMode())
                .isEqualTo(PaymentMode.COLLECT);
    }

    @Test
    void amountsOutsideTheBoundsAreRefusedWithTheirOwnCodes() {
        assertThatThrownBy(() -> EscrowTerms.of("Bike", null, 99L, null, MAX))
                .extracting("code")
                .isEqualTo("AMOUNT_TOO_SMALL");
        assertThatThrownBy(() -> EscrowTerms.of("Bike", null, MAX + 1, null, MAX))
                .extracting("code")
                .isEqualTo("AMOUNT_TOO_LARGE");
        assertThatThrownBy(() -> EscrowTerms.of("Bike", null, null, null, MAX))
                .extracting("code")
                .isEqualTo("AMOUNT_REQUIRED");
    }

    @Test
    void titlesAreRequiredAndBounded() {
        assertThatThrownBy(() -> EscrowTerms.of("  ", null, 100L, null, MAX))
                .extracting("code")
                .isEqualTo("TITLE_REQUIRED");
        assertThatThrownBy(() -> EscrowTerms.of("x".repeat(101), null, 100L, null, MAX))
                .extracting("code")
                .isEqualTo("TITLE_TOO_LONG");
        assertThat(EscrowTerms.of("  Bike  ", " ", 100L, null, MAX))
                .extracting(EscrowTerms::title, EscrowTerms::description)
                .containsExactly("Bike", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asha@okaxis", "a.b-c_d@ybl", "9876543210@paytm", "name@Bank.In"})
    void wellFormedVpasAreAccepted(String vpa) {
        assertThat(Vpa.normalise(" " + vpa + " "))
                .isEqualTo(vpa.substring(0, vpa.indexOf('@')) + "@"
                        + vpa.substring(vpa.indexOf('@') + 1).toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "asha", "asha@", "@okaxis", "a@b@c", ".asha@okaxis", "asha@o", "as ha@okaxis"})
    void malformedVpasAreRefused(String vpa) {
        assertThatThrownBy(() -> Vpa.normalise(vpa)).extracting("code").isEqualTo("INVALID_VPA");
    }

    @Test
    void generatedCodesUseOnlyUnambiguousCharacters() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCode.generate(random);
            assertThat(code).matches("[A-Z2-9]{6}").doesNotContain("0", "O", "1", "I", "L");
            assertThat(JoinCode.normalise(code.toLowerCase())).isEqualTo(code);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC12", "ABCDEFG", "ABCDE0", "ABCDEO", "ABCDEI", "ABCDEL", "ABCD-E"})
    void codesOfTheWrongShapeAreInvalid(String code) {
        assertThatThrownBy(() -> JoinCode.normalise(code)).extracting("code").isEqualTo("INVALID_CODE");
    }
}
