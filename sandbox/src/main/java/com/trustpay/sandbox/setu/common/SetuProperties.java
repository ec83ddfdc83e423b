package com.trustpay.sandbox.setu.common;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Setu stand-in settings ({@code sandbox.setu.*}). Delays are virtual durations, scaled by the speed factor.
 *
 * @param clientId token-service client id
 * @param clientSecret token-service secret
 * @param merchantId the one merchant the client acts for ({@code merchantId} header)
 * @param merchantVpa the merchant's VPA; creates naming another VPA are refused
 * @param merchantName payee name in intent links ({@code pn})
 * @param merchantCategoryCode merchant category code in intent links ({@code mc})
 * @param tokenTtl access-token lifetime, real time (Setu: 300 s)
 * @param payerDelay how long a simulated payer takes to approve or decline
 * @param vpaVerifyDelay how long an asynchronous VPA verification takes
 * @param refundAutoResolve after this long a pending refund succeeds on its own; zero disables it
 * @param dqrDefaultExpiry expiry of a Dynamic QR created without {@code expiryDate}
 * @param emitRefundFailed whether to send the undocumented {@code refund.failed} notification
 * @param shortLinkBase what a Dynamic QR's short link is, before its id (served by the resolver)
 */
@ConfigurationProperties("sandbox.setu")
public record SetuProperties(
        String clientId,
        String clientSecret,
        String merchantId,
        String merchantVpa,
        String merchantName,
        String merchantCategoryCode,
        Duration tokenTtl,
        Duration payerDelay,
        Duration vpaVerifyDelay,
        Duration refundAutoResolve,
        Duration dqrDefaultExpiry,
        boolean emitRefundFailed,
        String shortLinkBase) {}
