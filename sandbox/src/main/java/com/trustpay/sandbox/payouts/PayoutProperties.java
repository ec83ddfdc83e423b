package com.trustpay.sandbox.payouts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * RazorpayX stand-in settings ({@code sandbox.razorpayx.*}); delays are virtual.
 *
 * @param keyId Basic-auth user
 * @param keySecret Basic-auth password
 * @param accountNumber the business account payouts must debit
 * @param accountId {@code account_id} in webhook envelopes
 * @param processingDelay time from {@code processing} to the outcome
 * @param slowDelay how long {@code slow@} payouts stay {@code processing}
 * @param reversalDelay time from {@code processed} to {@code reversed} for {@code reverse@}
 */
@ConfigurationProperties("sandbox.razorpayx")
public record PayoutProperties(
        String keyId,
        String keySecret,
        String accountNumber,
        String accountId,
        Duration processingDelay,
        Duration slowDelay,
        Duration reversalDelay) {}
