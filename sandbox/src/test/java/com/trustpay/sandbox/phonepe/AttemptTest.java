package com.trustpay.sandbox.phonepe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttemptTest {

    @Test
    void aVpaIsMaskedAsInPhonePesSample() {
        assertThat(Attempt.mask("1234567878@ybl")).isEqualTo("12******78@ybl");
        assertThat(Attempt.mask("success@ybl")).isEqualTo("su***ss@ybl");
        assertThat(Attempt.mask("abcde@ybl")).isEqualTo("ab*de@ybl");
        assertThat(Attempt.mask("abcd@ybl")).isEqualTo("a***@ybl");
        assertThat(Attempt.mask("a@ybl")).isEqualTo("a@ybl");
    }

    @Test
    void onlyACompletedAttemptHasAUtr() {
        Attempt attempt = new Attempt("UPI_INTENT", 1L, 100, "success@ybl");
        assertThat(attempt.view().toString()).doesNotContain("utr");
        attempt.complete();
        assertThat(attempt.utr).matches("[0-9]{12}");
        assertThat(attempt.view().get("state")).isEqualTo("COMPLETED");
    }
}
