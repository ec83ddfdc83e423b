package com.trustpay.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Rate limits with Redis configured: Spring Cloud Gateway's Redis limiter against the real Redis on
 * {@code 127.0.0.1:6379} (bucket keys carry random addresses and user ids, so runs never share buckets).
 */
@ActiveProfiles("sandbox")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"trustpay.redis.enabled=true", "management.health.redis.enabled=true"})
class RedisRateLimitIT extends RateLimitContract {

    @Autowired
    EdgeRateLimiter edge;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void withRedisTheBucketsLiveInRedis() {
        String address = newClientAddress();

        http.send(http.request("/webhooks/setu")
                .header("X-Forwarded-For", address)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(edge.limiter()).isInstanceOf(RedisRateLimiter.class);
        assertThat(redis.hasKey("request_rate_limiter.{webhook." + address + "}.tokens")
                        .block())
                .isTrue();
    }
}
