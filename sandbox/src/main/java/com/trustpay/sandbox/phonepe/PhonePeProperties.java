package com.trustpay.sandbox.phonepe;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * PhonePe stand-in settings ({@code sandbox.phonepe.*}).
 *
 * @param clientId the {@code client_id} the token service accepts
 * @param clientSecret the {@code client_secret}
 * @param clientVersion the {@code client_version} (1 in UAT)
 * @param merchantId {@code merchantId} in callback payloads and refund status
 * @param merchantVpa payee VPA of the intent / QR links
 * @param merchantName payee name of the intent / QR links
 * @param tokenTtl real-time lifetime of an access token
 * @param payerDelay virtual time the simulated collect payer takes to answer
 * @param refundAutoResolve virtual time after which a PENDING refund completes; zero: only the admin call settles it
 * @param hostedPageBase {@code redirectUrl} prefix of a Standard Checkout order (its orderId is appended)
 */
@ConfigurationProperties("sandbox.phonepe")
public record PhonePeProperties(
        String clientId,
        String clientSecret,
        String clientVersion,
        String merchantId,
        String merchantVpa,
        String merchantName,
        Duration tokenTtl,
        Duration payerDelay,
        Duration refundAutoResolve,
        String hostedPageBase) {}
