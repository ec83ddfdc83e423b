package com.trustpay.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * TrustPay's Kafka settings ({@code trustpay.kafka.*}).
 *
 * @param prefix put before every topic and consumer-group name; empty in production, unique per test class
 * @param partitions partitions of each topic this service declares
 * @param replicas replication factor of each declared topic
 * @param retry how a failing handler is retried before its message goes to the topic's DLT
 */
@ConfigurationProperties("trustpay.kafka")
public record TrustpayKafkaProperties(String prefix, Integer partitions, Short replicas, Retry retry) {

    public TrustpayKafkaProperties {
        prefix = prefix == null ? "" : prefix;
        partitions = partitions == null ? 3 : partitions;
        replicas = replicas == null ? 1 : replicas;
        retry = retry == null ? new Retry(null, null, null, null) : retry;
    }

    /**
     * Exponential backoff for a failing handler: {@code attempts} retries, the first after {@code initial},
     * each {@code multiplier} times longer, none longer than {@code max}.
     */
    public record Retry(Integer attempts, Duration initial, Double multiplier, Duration max) {
        public Retry {
            attempts = attempts == null ? 4 : attempts;
            initial = initial == null ? Duration.ofMillis(200) : initial;
            multiplier = multiplier == null ? 2.0 : multiplier;
            max = max == null ? Duration.ofSeconds(5) : max;
        }
    }
}
