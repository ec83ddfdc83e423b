package com.trustpay.escrow.escrow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.PaymentMode;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
                .isEqualTo("AMOUNT_ABOVE_UPI_LIMIT");
        assertThatThrownBy(() -> EscrowTerms.of("Bike", null, null, null, MAX))
                .extracting("code")
                .isEqualTo("AMOUNT_REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INTENT", "COLLECT"})
    void eachPaymentModeTakesUpToUpisPerTransactionLimitAndTheProblemSaysItInRupees(String name) {
        PaymentMode mode = PaymentMode.valueOf(name);
        assertThat(AmountLimits.upiMaxPaise(mode)).isEqualTo(10_000_000);
        assertThat(EscrowTerms.of("Bike", null, 10_000_000L, mode, Long.MAX_VALUE)
                        .amountPaise())
                .isEqualTo(10_000_000);

        assertThatThrownBy(() -> EscrowTerms.of("Bike", null, 10_000_001L, mode, Long.MAX_VALUE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("AMOUNT_ABOVE_UPI_LIMIT");
                    assertThat(e.getMessage()).startsWith("The most one escrow can hold is ₹1,00,000.00");
                });
        assertThatThrownBy(() -> EscrowTerms.of("Bike", null, 99L, mode, Long.MAX_VALUE))
                .hasMessage("The least one escrow can hold is ₹1.00");
    }

    @Test
    void aLowerCapOfTheDeploymentIsItsOwnProblemWithItsOwnLimit() {
        assertThatThrownBy(() -> EscrowTerms.of("Bike", null, 5_000_001L, PaymentMode.COLLECT, 5_000_000))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("AMOUNT_TOO_LARGE");
                    assertThat(e.getMessage()).isEqualTo("The most one escrow can hold is ₹50,000.00");
                });
        assertThat(AmountLimits.maxPaise(PaymentMode.INTENT, 5_000_000)).isEqualTo(5_000_000);
        assertThat(AmountLimits.maxPaise(PaymentMode.INTENT, Long.MAX_VALUE)).isEqualTo(10_000_000);
    }

    @ParameterizedTest
    @CsvSource({
        "0, ₹0.00",
        "5, ₹0.05",
        "100, ₹1.00",
        "99999, ₹999.99",
        "100000, '₹1,000.00'",
        "10000000, '₹1,00,000.00'",
        "1234567890, '₹1,23,45,678.90'",
        "-150000, '-₹1,500.00'"
    })
    void rupeesAreWrittenWithIndianDigitGrouping(long paise, String text) {
        assertThat(AmountLimits.rupees(paise)).isEqualTo(text);
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
