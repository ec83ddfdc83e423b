package com.trustpay.escrow.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginBackoffTest {

    private final LoginBackoff backoff =
            new LoginBackoff(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1));

    @ParameterizedTest
    @CsvSource({"1, 0", "4, 0", "5, 60", "6, 120", "7, 240", "11, 3600", "40, 3600", "2147483647, 3600"})
    void theLockStartsAtTheFifthFailureAndDoublesUpToTheCap(int failures, long seconds) {
        assertThat(backoff.lockAfter(failures).map(Duration::toSeconds).orElse(0L))
                .isEqualTo(seconds);
    }

    @Test
    void aBackoffWithoutALockIsRefused() {
        assertThatThrownBy(() -> new LoginBackoff(5, Duration.ZERO, Duration.ofHours(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
