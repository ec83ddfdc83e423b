package com.trustpay.webhook.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SourceGuardFilterTest {

    @Test
    void retryAfterIsInWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(SourceGuardFilter.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
        assertThat(SourceGuardFilter.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(SourceGuardFilter.retryAfterSeconds(Duration.ofMillis(1000))).isEqualTo(1);
        assertThat(SourceGuardFilter.retryAfterSeconds(Duration.ofMillis(1001))).isEqualTo(2);
        assertThat(SourceGuardFilter.retryAfterSeconds(Duration.ofSeconds(30))).isEqualTo(30);
    }
}
