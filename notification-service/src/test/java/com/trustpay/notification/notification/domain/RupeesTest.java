package com.trustpay.notification.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupeesTest {

    @ParameterizedTest(name = "{0} paise is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | ₹0",
                "5 | ₹0.05",
                "100 | ₹1",
                "99999 | ₹999.99",
                "100000 | ₹1,000",
                "1250000 | ₹12,500",
                "12345678 | ₹1,23,456.78",
                "1000000000 | ₹1,00,00,000",
                "12345678900 | ₹12,34,56,789",
                "-150050 | -₹1,500.50"
            })
    void paiseAreWrittenWithIndianDigitGrouping(long paise, String written) {
        assertThat(Rupees.format(paise)).isEqualTo(written);
    }
}
