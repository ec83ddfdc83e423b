package com.trustpay.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbox relay settings ({@code trustpay.outbox.*}).
 *
 * @param relayEnabled whether this instance runs the relay thread
 * @param batchSize rows sent per round
 * @param pollInterval how often to look for rows when no commit woke the relay
 * @param sendTimeout how long to wait for Kafka to acknowledge a record
 * @param maxBackoff the longest pause between rounds while Kafka is unreachable
 * @param retention how long published rows are kept for inspection; zero deletes each row as it is published
 * @param linger how long a relay woken by a commit waits before it looks, so that one round takes the rows of
 *     several commits (zero: look at once)
 */
@ConfigurationProperties("trustpay.outbox")
public record OutboxProperties(
        Boolean relayEnabled,
        Integer batchSize,
        Duration pollInterval,
        Duration sendTimeout,
        Duration maxBackoff,
        Duration retention,
        Duration linger) {

    public OutboxProperties {
        relayEnabled = relayEnabled == null || relayEnabled;
        batchSize = batchSize == null ? 200 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
        retention = retention == null ? Duration.ofDays(7) : retention;
        linger = linger == null ? Duration.ZERO : linger;
        if (retention.isNegative() || linger.isNegative()) {
            throw new IllegalArgumentException("trustpay.outbox.retention and linger must not be negative");
        }
    }
}
