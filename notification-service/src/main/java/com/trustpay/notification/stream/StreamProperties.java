package com.trustpay.notification.stream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Stream settings ({@code trustpay.stream.*}).
 *
 * @param heartbeat how often an idle stream gets a comment, so proxies keep it open (15 s)
 * @param ticketTtl how long a stream ticket may wait to be used (60 s)
 */
@ConfigurationProperties("trustpay.stream")
public record StreamProperties(Duration heartbeat, Duration ticketTtl) {

    public StreamProperties {
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        ticketTtl = ticketTtl == null ? Duration.ofSeconds(60) : ticketTtl;
    }
}
