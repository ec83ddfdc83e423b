package com.trustpay.payment.payout;

import com.trustpay.payment.payout.domain.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Payout settings ({@code payment.payouts.*}).
 *
 * @param maxAttempts payout attempts per round (3 by default)
 * @param backoffBase wait after the first failed attempt; doubled after each further one
 * @param backoffMax the longest wait
 * @param recoveryAfter when a payout whose create answer never came is sent again with the same key
 * @param stuckAfter how old a payout still not finished (CREATING or PROCESSING) is when ops are told, once
 */
@ConfigurationProperties("payment.payouts")
public record PayoutProperties(
        Integer maxAttempts,
        Duration backoffBase,
        Duration backoffMax,
        Duration recoveryAfter,
        String narration,
        Duration stuckAfter) {

    public PayoutProperties {
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        backoffBase = backoffBase == null ? Duration.ofSeconds(30) : backoffBase;
        backoffMax = backoffMax == null ? Duration.ofMinutes(10) : backoffMax;
        recoveryAfter = recoveryAfter == null ? Duration.ofSeconds(30) : recoveryAfter;
        narration = narration == null ? "TrustPay escrow release" : narration;
        stuckAfter = stuckAfter == null ? Duration.ofMinutes(30) : stuckAfter;
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, backoffBase, backoffMax);
    }
}
