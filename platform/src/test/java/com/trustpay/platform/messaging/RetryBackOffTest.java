package com.trustpay.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

class RetryBackOffTest {

    private final TrustpayKafkaProperties.Retry defaults =
            new TrustpayKafkaProperties.Retry(null, null, null, null, null);

    @Test
    void aTransientFailureIsRetriedForeverNeverMoreThanThirtySecondsApart() {
        BackOffExecution execution =
                KafkaDefaultsConfiguration.unlimited(defaults).start();
        long longest = 0;
        for (int attempt = 0; attempt < 100_000; attempt++) { // over 800 hours of outage at the cap
            long next = execution.nextBackOff();
            assertThat(next).isNotEqualTo(BackOffExecution.STOP);
            longest = Math.max(longest, next);
        }
        assertThat(longest).isEqualTo(Duration.ofSeconds(30).toMillis());
    }

    @Test
    void aPermanentFailureGetsAFewQuickRetriesThenStops() {
        BackOffExecution execution =
                KafkaDefaultsConfiguration.bounded(defaults).start();
        long total = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            long next = execution.nextBackOff();
            assertThat(next).isNotEqualTo(BackOffExecution.STOP);
            total += next;
        }
        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
        assertThat(Duration.ofMillis(total)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void nonsenseRetrySettingsAreRefused() {
        assertThatThrownBy(() -> new TrustpayKafkaProperties.Retry(-1, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrustpayKafkaProperties.Retry(null, Duration.ofSeconds(10), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrustpayKafkaProperties.Retry(null, Duration.ZERO, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
