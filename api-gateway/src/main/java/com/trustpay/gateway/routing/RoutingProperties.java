package com.trustpay.gateway.routing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Circuit-breaker settings shared by every route (the routes themselves are in {@code application.yml}).
 *
 * @param timeout how long a call may take before the breaker gives up and answers 503
 * @param failureRateThreshold percentage of failed calls that opens the breaker
 * @param minimumCalls calls in the window before the failure rate counts
 * @param openFor how long an open breaker answers 503 at once before it tries the service again
 */
@ConfigurationProperties("trustpay.routing.circuit-breaker")
public record RoutingProperties(Duration timeout, float failureRateThreshold, int minimumCalls, Duration openFor) {}
