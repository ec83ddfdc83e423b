package com.trustpay.payment.refund;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Refund settings ({@code payment.refunds.*}).
 *
 * @param lateReadEvery how often a FAILED refund that Setu holds is read back, since a bank can still credit it
 *     (a late success, ADR 0013); 30 minutes by default
 * @param lateReadFor for how long after it failed it is read back; 3 days by default
 */
@ConfigurationProperties("payment.refunds")
public record RefundProperties(Duration lateReadEvery, Duration lateReadFor) {

    public RefundProperties {
        lateReadEvery = lateReadEvery == null ? Duration.ofMinutes(30) : lateReadEvery;
        lateReadFor = lateReadFor == null ? Duration.ofDays(3) : lateReadFor;
    }
}
