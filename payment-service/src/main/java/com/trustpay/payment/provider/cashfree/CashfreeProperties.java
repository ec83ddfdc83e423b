package com.trustpay.payment.provider.cashfree;

import com.trustpay.payment.provider.http.HttpSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Cashfree Payouts settings ({@code payment.cashfree.*}, from {@code CASHFREE_*} in the environment); used only while
 * {@code payment.payout.provider} is {@code cashfree}.
 *
 * @param baseUrl {@code https://api.cashfree.com} (production) or {@code https://sandbox.cashfree.com} (Cashfree's
 *     test environment); the paths are {@code /payout/transfers}
 * @param clientId the payouts app's client id ({@code x-client-id})
 * @param clientSecret its secret ({@code x-client-secret})
 * @param apiVersion the {@code x-api-version} every call names, so that a later API version cannot change an answer
 *     under us
 */
@ConfigurationProperties("payment.cashfree")
public record CashfreeProperties(
        String baseUrl, String clientId, String clientSecret, String apiVersion, HttpSettings http) {

    public CashfreeProperties {
        apiVersion = apiVersion == null || apiVersion.isBlank() ? "2024-01-01" : apiVersion;
        http = http == null ? new HttpSettings(null, null, null, 0, 1) : http;
    }
}
