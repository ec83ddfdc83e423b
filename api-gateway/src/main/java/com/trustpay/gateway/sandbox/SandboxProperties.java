package com.trustpay.gateway.sandbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the sandbox is and how to sign in to it as the merchant.
 *
 * @param enabled whether the UI shows "Simulate payment" and {@code /sandbox-pay} exists
 * @param url the sandbox's base URL
 * @param clientId Setu client id the sandbox accepts
 * @param clientSecret its secret
 * @param merchantId the merchant the sandbox issues tokens for
 * @param merchantVpa the payee VPA of every link and collect (TrustPay's merchant VPA)
 * @param tokenReuse how long a fetched token is reused (the sandbox's tokens live 300 s)
 */
@ConfigurationProperties("trustpay.sandbox")
public record SandboxProperties(
        boolean enabled,
        String url,
        String clientId,
        String clientSecret,
        String merchantId,
        String merchantVpa,
        Duration tokenReuse) {}
