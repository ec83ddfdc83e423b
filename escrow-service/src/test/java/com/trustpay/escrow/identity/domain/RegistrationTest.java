package com.trustpay.escrow.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    @Test
    void aPasswordIsMeasuredInUtf8BytesAgainstBcryptsLimit() {
        assertThat(Registration.of("Asha", "a@b.in", "x".repeat(72), null).password())
                .hasSize(72);
        assertThatThrownBy(() -> Registration.of("Asha", "a@b.in", "é".repeat(37), null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("PASSWORD_TOO_LONG");
                    assertThat(e.kind()).isEqualTo(ProblemException.Kind.UNPROCESSABLE);
                    assertThat(e.errors().getFirst().field()).isEqualTo("password");
                });
    }

    @Test
    void aShortPasswordIsWeak() {
        assertThatThrownBy(() -> Registration.of("Asha", "a@b.in", "short", null))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.code()).isEqualTo("WEAK_PASSWORD"));
    }

    @Test
    void theAddressIsKeptInLowerCase() {
        assertThat(Registration.of("Asha", " Asha@Example.COM ", "secret-password", null)
                        .email())
                .isEqualTo("asha@example.com");
    }
}
