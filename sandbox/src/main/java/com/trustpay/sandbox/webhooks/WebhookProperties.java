package com.trustpay.sandbox.webhooks;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook settings ({@code sandbox.webhooks.*}).
 *
 * @param timeout real time to wait for the receiver's answer before counting the attempt as failed
 * @param setu Setu target
 * @param razorpayx RazorpayX target
 */
@ConfigurationProperties("sandbox.webhooks")
public record WebhookProperties(Duration timeout, Target setu, Target razorpayx) {

    /**
     * One provider's target.
     *
     * @param url where notifications are POSTed
     * @param secret signing secret
     * @param retryBackoff virtual delays before each retry after a failed attempt (Setu: 3, 6, 12 minutes)
     */
    public record Target(String url, String secret, List<Duration> retryBackoff) {}
}
