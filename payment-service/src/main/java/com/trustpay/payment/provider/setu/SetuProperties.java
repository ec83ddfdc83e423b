package com.trustpay.payment.provider.setu;

import com.trustpay.payment.provider.http.HttpSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Setu settings ({@code payment.setu.*}, from {@code SETU_*} in the environment).
 *
 * @param baseUrl merchant API host (paths start with {@code /api/v1/merchants})
 * @param authUrl token service host ({@code /v1/users/login})
 * @param tokenRefreshAfter a token older than this is replaced before use (Setu's live 300 s)
 */
@ConfigurationProperties("payment.setu")
public record SetuProperties(
        String baseUrl,
        String authUrl,
        String clientId,
        String clientSecret,
        String merchantId,
        String merchantVpa,
        Duration tokenRefreshAfter,
        HttpSettings http) {

    public SetuProperties {
        tokenRefreshAfter = tokenRefreshAfter == null ? Duration.ofSeconds(240) : tokenRefreshAfter;
        http = http == null ? new HttpSettings(null, null, null, 0, 1) : http;
    }
}
