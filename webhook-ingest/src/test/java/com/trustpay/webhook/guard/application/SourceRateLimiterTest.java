package com.trustpay.webhook.guard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SourceRateLimiterTest {

    @Test
    void aSourceOverItsBurstIsToldHowLongToWait() {
        SourceRateLimiter limiter = new SourceRateLimiter(2, 2, 100);

        assertThat(limiter.tryAcquire("198.51.100.1")).isEmpty();
        assertThat(limiter.tryAcquire("198.51.100.1")).isEmpty();
        assertThat(limiter.tryAcquire("198.51.100.1"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive());
        assertThat(limiter.tryAcquire("198.51.100.2")).isEmpty();
    }

    @Test
    void aZeroRateTurnsLimitingOff() {
        SourceRateLimiter limiter = new SourceRateLimiter(0, 0, 100);

        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.tryAcquire("198.51.100.1")).isEmpty();
        }
        assertThat(limiter.trackedSources()).isZero();
    }

    @Test
    void quietSourcesAreForgotten() {
        SourceRateLimiter limiter = new SourceRateLimiter(1000, 1000, 100);
        limiter.tryAcquire("198.51.100.1");

        await().atMost(Duration.ofSeconds(2)).until(() -> {
            limiter.forgetIdle();
            return limiter.trackedSources() == 0;
        });
    }
}
