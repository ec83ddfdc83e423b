package com.trustpay.platform.outbox;

import com.trustpay.platform.ApplicationName;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.KafkaDefaultsConfiguration;
import com.trustpay.platform.messaging.TopicNames;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the transactional outbox, its relay and the processed-message guard, and adds the platform's own
 * Flyway migrations ({@code classpath:db/platform}, versions 0.x) to the service's.
 */
@AutoConfiguration(
        after = {
            DataSourceAutoConfiguration.class,
            TransactionAutoConfiguration.class,
            KafkaAutoConfiguration.class,
            KafkaDefaultsConfiguration.class
        })
@ConditionalOnClass({JdbcTemplate.class, KafkaTemplate.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    @SuppressWarnings("unchecked")
    OutboxRelay outboxRelay(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            KafkaTemplate<?, ?> kafka,
            TopicNames topics,
            OutboxProperties properties) {
        return new OutboxRelay(
                jdbc, new TransactionTemplate(transactions), (KafkaTemplate<String, byte[]>) kafka, topics, properties);
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, EnvelopeCodec codec, OutboxRelay relay) {
        return new Outbox(jdbc, codec, relay);
    }

    /** The processed-message guard, recording under the service's own name. */
    @Bean
    ProcessedMessages processedMessages(JdbcTemplate jdbc, Environment environment) {
        return new ProcessedMessages(jdbc, ApplicationName.of(environment));
    }

    @Bean
    FlywayConfigurationCustomizer platformMigrations() {
        return configuration -> {
            List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
            locations.add(new Location("classpath:db/platform"));
            configuration.locations(locations.toArray(Location[]::new));
        };
    }
}
