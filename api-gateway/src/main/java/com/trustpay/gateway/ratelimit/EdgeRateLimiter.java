package com.trustpay.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;

/**
 * The limiter behind every policy. Held in this wrapper rather than exposed as a {@link RateLimiter} bean, which
 * would clash with the Redis limiter that Spring Cloud Gateway registers on its own.
 */
record EdgeRateLimiter(RateLimiter<?> limiter) {}
