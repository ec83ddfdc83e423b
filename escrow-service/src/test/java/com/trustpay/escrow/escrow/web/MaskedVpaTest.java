package com.trustpay.escrow.escrow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same cases as maskVpa in api-gateway's format.js, so the receipt and the screen agree. */
class MaskedVpaTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rahul.sharma@okaxis | ra••••••••••@okaxis",
                "asha@okaxis         | as•••@okaxis",
                "bob@ybl             | b•••@ybl",
                "ab@ybl              | a•••@ybl",
                "9876543210@paytm    | 98••••••••@paytm",
                "noatsign            | no••••",
            })
    void masksAsTheUiDoes(String vpa, String masked) {
        assertThat(MaskedVpa.of(vpa)).isEqualTo(masked);
    }

    @Test
    void nothingStaysNothing() {
        assertThat(MaskedVpa.of(null)).isEmpty();
        assertThat(MaskedVpa.of("")).isEmpty();
    }
}
