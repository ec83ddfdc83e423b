package com.trustpay.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Rate limits with no Redis configured: buckets in the gateway's memory. */
@ActiveProfiles("sandbox")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InMemoryRateLimitIT extends RateLimitContract {

    @Autowired
    EdgeRateLimiter edge;

    @Test
    void withoutRedisTheLimiterIsInMemory() {
        assertThat(edge.limiter()).isInstanceOf(InMemoryRateLimiter.class);
    }
}
