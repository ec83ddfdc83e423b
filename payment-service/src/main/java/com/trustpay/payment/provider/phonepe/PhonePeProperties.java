package com.trustpay.payment.provider.phonepe;

import com.trustpay.payment.provider.http.HttpSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * PhonePe PG v2 settings ({@code payment.phonepe.*}, from {@code PHONEPE_*} in the environment).
 *
 * @param baseUrl the PG API host ({@code https://api.phonepe.com/apis/pg}; UAT {@code …/apis/pg-sandbox});
 *     paths start with {@code /payments/v2}
 * @param authUrl the token host ({@code https://api.phonepe.com/apis/identity-manager}; in UAT the same as
 *     {@code baseUrl}); the token is {@code POST /v1/oauth/token}
 * @param clientVersion 1 in UAT, the issued value in production
 * @param endMerchantId sent as {@code X-MERCHANT-ID} by partner integrations; blank for a direct merchant
 * @param refreshBefore a cached token is replaced this long before its {@code expires_at}
 */
@ConfigurationProperties("payment.phonepe")
public record PhonePeProperties(
        String baseUrl,
        String authUrl,
        String clientId,
        String clientSecret,
        String clientVersion,
        String endMerchantId,
        Duration refreshBefore,
        HttpSettings http) {

    public PhonePeProperties {
        authUrl = authUrl == null || authUrl.isBlank() ? baseUrl : authUrl;
        clientVersion = clientVersion == null || clientVersion.isBlank() ? "1" : clientVersion;
        refreshBefore = refreshBefore == null ? Duration.ofMinutes(5) : refreshBefore;
        http = http == null ? new HttpSettings(null, null, null, 0, 1) : http;
    }
}
