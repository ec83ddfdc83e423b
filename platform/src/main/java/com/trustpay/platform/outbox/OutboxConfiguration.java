package com.trustpay.platform.outbox;

import com.trustpay.platform.ApplicationName;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.KafkaDefaultsConfiguration;
import com.trustpay.platform.messaging.TopicNames;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

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
            OutboxProperties properties,
            OutboxTracing tracing) {
        return new OutboxRelay(
                jdbc,
                new TransactionTemplate(transactions),
                (KafkaTemplate<String, byte[]>) kafka,
                topics,
                properties,
                tracing);
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, EnvelopeCodec codec, OutboxRelay relay, OutboxTracing tracing) {
        return new Outbox(jdbc, codec, relay, tracing);
    }

    /** The trace context across the outbox (ADR 0015): Micrometer Tracing's where the service has it. */
    @Bean
    OutboxTracing outboxTracing(ObjectProvider<ApplicationContext> context) {
        if (ClassUtils.isPresent("io.micrometer.tracing.Tracer", getClass().getClassLoader())) {
            OutboxTracing micrometer = MicrometerTracingSupport.create(context.getObject());
            if (micrometer != null) {
                return micrometer;
            }
        }
        return new OutboxTracing();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class Metrics {

        /** {@code trustpay.outbox.lag}: age of the oldest unpublished row, seconds; read at most every 5 s. */
        @Bean
        MeterBinder outboxLagGauge(OutboxRelay relay) {
            CachedLag lag = new CachedLag(relay);
            return registry -> Gauge.builder("trustpay.outbox.lag", lag, CachedLag::seconds)
                    .baseUnit("seconds")
                    .description("Age of the oldest outbox row not yet published to Kafka")
                    .register(registry);
        }
    }

    static final class CachedLag {
        private final OutboxRelay relay;
        private volatile long readAt;
        private volatile double seconds;

        CachedLag(OutboxRelay relay) {
            this.relay = relay;
        }

        double seconds() {
            long now = System.nanoTime();
            if (readAt == 0 || now - readAt > 5_000_000_000L) {
                try {
                    seconds = relay.lagSeconds();
                } catch (RuntimeException e) {
                    // the database is down: keep the last value; the relay's own warnings say why
                }
                readAt = now;
            }
            return seconds;
        }
    }

    /** Kept apart so that io.micrometer.tracing is loaded only where it is present. */
    static final class MicrometerTracingSupport {
        static OutboxTracing create(ApplicationContext context) {
            var tracer =
                    context.getBeanProvider(io.micrometer.tracing.Tracer.class).getIfAvailable();
            var propagator = context.getBeanProvider(io.micrometer.tracing.propagation.Propagator.class)
                    .getIfAvailable();
            if (tracer == null || propagator == null || tracer == io.micrometer.tracing.Tracer.NOOP) {
                return null;
            }
            return new MicrometerOutboxTracing(tracer, propagator);
        }
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
