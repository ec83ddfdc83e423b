package com.trustpay.payment.payout.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(5));

    @Test
    void backoffDoublesAfterEachFailedAttemptUpToTheCap() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theThirdAttemptIsTheLastByDefault() {
        assertThat(policy.exhaustedAfter(2)).isFalse();
        assertThat(policy.exhaustedAfter(3)).isTrue();
    }

    @Test
    void everyAttemptHasItsOwnValidIdempotencyKey() {
        UUID escrow = UUID.randomUUID();
        String first = Payout.referenceFor(escrow, 1, 1);
        String second = Payout.referenceFor(escrow, 1, 2);

        assertThat(first).isNotEqualTo(second).matches("^[A-Za-z0-9 _-]{4,36}$");
        assertThat(Payout.referenceFor(escrow, 12, 10)).hasSizeLessThanOrEqualTo(36);
    }
}
