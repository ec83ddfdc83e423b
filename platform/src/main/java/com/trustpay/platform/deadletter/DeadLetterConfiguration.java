package com.trustpay.platform.deadletter;

import com.trustpay.platform.ops.OpsAlerts;
import com.trustpay.platform.ops.OpsConfiguration;
import com.trustpay.platform.scheduling.PeriodicJob;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every service with a database and admin alerts its {@link DeadLetters} (the sink the Kafka error handler
 * records into), the gauge {@code trustpay.deadletters.open} and the {@code deadletters} actuator endpoint.
 */
@AutoConfiguration(after = OpsConfiguration.class)
@ConditionalOnBean(OpsAlerts.class)
public class DeadLetterConfiguration {

    /** How often the open dead letters are counted again (besides after each change this instance makes). */
    static final Duration RECOUNT = Duration.ofSeconds(30);

    @Bean
    DeadLetters deadLetters(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            OpsAlerts alerts,
            ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        Redelivery redelivery =
                (group, record) -> new ListenerRedelivery(listeners.getObject()).redeliver(group, record);
        return new DeadLetters(jdbc, new TransactionTemplate(transactions), alerts, redelivery);
    }

    @Bean
    PeriodicJob deadLettersRecount(DeadLetters deadLetters) {
        return new PeriodicJob("deadletters-recount", Duration.ZERO, RECOUNT, deadLetters::refreshQuietly);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class Metrics {

        @Bean
        MeterBinder deadLettersGauge(DeadLetters deadLetters) {
            return registry -> Gauge.builder("trustpay.deadletters.open", deadLetters, DeadLetters::openCount)
                    .description("Dead letters of this service not yet replayed or discarded")
                    .register(registry);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    static class Actuator {

        @Bean
        DeadLettersEndpoint deadLettersEndpoint(DeadLetters deadLetters) {
            return new DeadLettersEndpoint(deadLetters);
        }
    }
}
