package com.trustpay.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

class InMemoryRateLimiterTest {

    private final InMemoryRateLimiter limiter = InMemoryRateLimiter.of("user", 1, 3);

    @Test
    void aBurstIsAllowedThenTheNextRequestWaits() {
        for (int i = 0; i < 3; i++) {
            assertThat(allowed("a").isAllowed()).isTrue();
        }

        Response refused = allowed("a");

        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.getHeaders()).containsEntry("Retry-After", "1").containsEntry("X-RateLimit-Remaining", "0");
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            allowed("a");
        }

        assertThat(allowed("b").isAllowed()).isTrue();
    }

    @Test
    void anAllowedResponseTellsWhatRemains() {
        Response first = allowed("c");

        assertThat(first.getHeaders())
                .containsEntry("X-RateLimit-Remaining", "2")
                .containsEntry("X-RateLimit-Burst-Capacity", "3")
                .doesNotContainKey("Retry-After");
    }

    @Test
    void policiesDoNotShareBuckets() {
        limiter.getConfig().put("other", new InMemoryRateLimiter.Config(1, 1));
        for (int i = 0; i < 3; i++) {
            allowed("d");
        }

        assertThat(limiter.isAllowed("other", "d").block().isAllowed()).isTrue();
    }

    @Test
    void anUnknownPolicyIsAnError() {
        assertThatThrownBy(() -> limiter.isAllowed("nope", "x").block()).isInstanceOf(IllegalArgumentException.class);
    }

    private Response allowed(String id) {
        return limiter.isAllowed("user", id).block();
    }
}
