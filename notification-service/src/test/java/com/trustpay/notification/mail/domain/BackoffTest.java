package com.trustpay.notification.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(60), 4);

    @Test
    void eachFailureDoublesThePauseUpToTheMaximum() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(40)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theMailIsGivenUpAfterTheLastAttempt() {
        assertThat(backoff.givesUpAfter(3)).isFalse();
        assertThat(backoff.givesUpAfter(4)).isTrue();
    }

    @Test
    void aBackoffThatCouldNeverWaitIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
