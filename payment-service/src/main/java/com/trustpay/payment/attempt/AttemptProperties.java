package com.trustpay.payment.attempt;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Payment attempt settings ({@code payment.attempts.*}).
 *
 * @param expiry how long a payment request accepts payment
 * @param recoveryAfter when a create whose answer never came (crash, timeout, 5xx) is looked at again
 * @param maxCreateTries how often a Dynamic QR create with an unknown outcome is sent again (same reference)
 * @param grace how long after expiry an attempt the provider still shows open is polled before ops are told
 */
@ConfigurationProperties("payment.attempts")
public record AttemptProperties(Duration expiry, Duration recoveryAfter, Integer maxCreateTries, Duration grace) {

    public AttemptProperties {
        expiry = expiry == null ? Duration.ofMinutes(30) : expiry;
        recoveryAfter = recoveryAfter == null ? Duration.ofSeconds(30) : recoveryAfter;
        maxCreateTries = maxCreateTries == null ? 3 : maxCreateTries;
        grace = grace == null ? Duration.ofMinutes(10) : grace;
    }
}
