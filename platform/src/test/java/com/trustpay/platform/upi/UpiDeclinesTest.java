package com.trustpay.platform.upi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpiDeclinesTest {

    @Test
    void setuDebitFailedWithAnInvalidMpinSaysThePinWasWrong() {
        assertThat(UpiDeclines.explain("U30", "INVALID / INCORRECT MPIN"))
                .isEqualTo("The UPI PIN was wrong. Try again.");
        assertThat(UpiDeclines.explain("ZM", null)).isEqualTo("The UPI PIN was wrong. Try again.");
        assertThat(UpiDeclines.explain("AUTHORIZATION_ERROR", null)).isEqualTo("The UPI PIN was wrong. Try again.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Z9 | not enough money",
                "Z8 | limit your bank allows for one UPI payment",
                "Z7 | daily limit",
                "Z6 | too many times",
                "U28 | not available right now. Try again later",
                "U67 | Try again later",
                "ZA | declined in your UPI app",
                "ZH | UPI ID does not exist",
                "U69 | expired",
                "TXN_EXPIRED | expired",
                "u69 | expired",
            })
    void eachKnownCodeSaysWhatToDo(String code, String words) {
        assertThat(UpiDeclines.explain(code, "whatever the bank said")).containsIgnoringCase(words);
    }

    @Test
    void aCodeNobodyKnowsGetsAnHonestGenericLine() {
        assertThat(UpiDeclines.explain("Q42", "SOMETHING ODD")).isEqualTo(UpiDeclines.UNKNOWN);
        assertThat(UpiDeclines.explain(null, null)).isEqualTo(UpiDeclines.UNKNOWN);
        assertThat(UpiDeclines.UNKNOWN).as("a decline may still have debited").contains("your bank returns it");
    }

    @Test
    void aBareDebitFailureWithoutACauseIsNotCalledAWrongPin() {
        assertThat(UpiDeclines.explain("U30", "DEBIT HAS BEEN FAILED")).isEqualTo(UpiDeclines.UNKNOWN);
    }

    @Test
    void readsTheOneLineEscrowServiceKeeps() {
        assertThat(UpiDeclines.explainStored("U30: INVALID / INCORRECT MPIN"))
                .isEqualTo("The UPI PIN was wrong. Try again.");
        assertThat(UpiDeclines.explainStored("Z9: INSUFFICIENT FUNDS")).contains("not enough money");
        assertThat(UpiDeclines.explainStored("The payment request expired")).contains("expired");
        assertThat(UpiDeclines.explainStored("INVALID_REQUEST: amount too large"))
                .isEqualTo(UpiDeclines.UNKNOWN);
        assertThat(UpiDeclines.explainStored(null)).isNull();
    }
}
