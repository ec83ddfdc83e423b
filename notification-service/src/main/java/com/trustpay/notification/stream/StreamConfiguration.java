package com.trustpay.notification.stream;

import com.trustpay.notification.notification.application.Feed;
import com.trustpay.notification.notification.persistence.NotificationRepository;
import com.trustpay.notification.stream.application.StreamHub;
import com.trustpay.notification.stream.application.StreamTickets;
import com.trustpay.notification.stream.persistence.NotificationAnnouncements;
import com.trustpay.notification.stream.persistence.TicketRepository;
import com.trustpay.platform.scheduling.PeriodicJob;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the stream: tickets, the hub, the LISTEN connection, heartbeats and the ticket purge. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StreamProperties.class)
public class StreamConfiguration {

    @Bean
    StreamTickets streamTickets(JdbcTemplate jdbc, StreamProperties properties, Clock clock) {
        return new StreamTickets(new TicketRepository(jdbc), new SecureRandom(), properties.ticketTtl(), clock);
    }

    @Bean
    StreamHub streamHub(Feed feed) {
        return new StreamHub(feed);
    }

    @Bean
    NotificationAnnouncements notificationAnnouncements(DataSourceProperties dataSource, StreamHub hub) {
        return new NotificationAnnouncements(
                dataSource.determineUrl(),
                dataSource.determineUsername(),
                dataSource.determinePassword(),
                NotificationRepository.CHANNEL,
                hub::announced,
                hub::catchUp);
    }

    @Bean
    PeriodicJob streamHeartbeat(StreamHub hub, StreamProperties properties) {
        return new PeriodicJob("stream-heartbeat", properties.heartbeat(), hub::heartbeat);
    }

    @Bean
    PeriodicJob streamTicketPurge(StreamTickets tickets) {
        return new PeriodicJob("stream-ticket-purge", Duration.ofMinutes(10), tickets::purge);
    }
}
