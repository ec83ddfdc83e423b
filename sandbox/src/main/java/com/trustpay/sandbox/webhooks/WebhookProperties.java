package com.trustpay.sandbox.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook settings ({@code sandbox.webhooks.*}).
 *
 * @param timeout real time to wait for the receiver's answer before counting the attempt as failed
 * @param setu Setu target
 * @param razorpayx RazorpayX target
 * @param phonepe PhonePe target (S2S callbacks authenticated by {@code username} and {@code password})
 */
@ConfigurationProperties("sandbox.webhooks")
public record WebhookProperties(Duration timeout, Target setu, Target razorpayx, Target phonepe) {

    /**
     * One provider's target.
     *
     * @param url where notifications are POSTed
     * @param secret signing secret (Setu, RazorpayX)
     * @param retryBackoff virtual delays before each retry after a failed attempt (Setu: 3, 6, 12 minutes)
     * @param username PhonePe's callback username (its {@code Authorization} is SHA-256 of {@code username:password})
     * @param password PhonePe's callback password
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(String url, String secret, List<Duration> retryBackoff, String username, String password) {}
}
