package com.trustpay.webhook.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long raw webhook bodies are kept ({@code trustpay.webhook.*}, ADR 0020).
 *
 * @param rawBodyRetention bodies received longer ago than this are dropped, their rows kept (30 days)
 * @param rawBodyPurgeEvery how often the purge looks (1 hour)
 */
@ConfigurationProperties("trustpay.webhook")
public record RawBodyRetentionProperties(Duration rawBodyRetention, Duration rawBodyPurgeEvery) {

    public RawBodyRetentionProperties {
        rawBodyRetention = rawBodyRetention == null ? Duration.ofDays(30) : rawBodyRetention;
        rawBodyPurgeEvery = rawBodyPurgeEvery == null ? Duration.ofHours(1) : rawBodyPurgeEvery;
    }
}
