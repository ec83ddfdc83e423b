package com.trustpay.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * TrustPay's Kafka settings ({@code trustpay.kafka.*}).
 *
 * @param prefix put before every topic and consumer-group name; empty in production, unique per test class
 * @param partitions partitions of each topic this service declares
 * @param replicas replication factor of each declared topic
 * @param retry how a failing handler is retried: without limit while the failure is transient, a bounded number of
 *     times before its message goes to the topic's DLT otherwise
 */
@ConfigurationProperties("trustpay.kafka")
public record TrustpayKafkaProperties(String prefix, Integer partitions, Short replicas, Retry retry) {

    public TrustpayKafkaProperties {
        prefix = prefix == null ? "" : prefix;
        partitions = partitions == null ? 3 : partitions;
        replicas = replicas == null ? 1 : replicas;
        retry = retry == null ? new Retry(null, null, null, null, null) : retry;
    }

    /**
     * Exponential backoff for a failing handler, the first retry after {@code initial}, each {@code multiplier} times
     * longer. A {@linkplain FailureKind#PERMANENT permanent} failure gets {@code attempts} retries, none longer than
     * {@code max}, then is dead-lettered; a {@linkplain FailureKind#TRANSIENT transient} one (database or broker
     * unavailable) is retried for as long as it lasts, none apart by more than {@code transientMax} (default 30 s).
     */
    public record Retry(Integer attempts, Duration initial, Double multiplier, Duration max, Duration transientMax) {
        public Retry {
            attempts = attempts == null ? 4 : attempts;
            initial = initial == null ? Duration.ofMillis(200) : initial;
            multiplier = multiplier == null ? 2.0 : multiplier;
            max = max == null ? Duration.ofSeconds(5) : max;
            transientMax = transientMax == null ? Duration.ofSeconds(30) : transientMax;
            if (attempts < 0
                    || !initial.isPositive()
                    || multiplier < 1
                    || max.compareTo(initial) < 0
                    || transientMax.compareTo(initial) < 0) {
                throw new IllegalArgumentException("trustpay.kafka.retry: attempts must not be negative, initial must"
                        + " be positive, multiplier at least 1, and max and transient-max at least initial");
            }
        }
    }
}
