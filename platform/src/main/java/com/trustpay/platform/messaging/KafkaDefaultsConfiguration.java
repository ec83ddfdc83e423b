package com.trustpay.platform.messaging;

import com.trustpay.contracts.Topics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Kafka the TrustPay way: acks=all and an idempotent producer; String keys (the escrow id) and envelope bytes
 * as values; manual, read-committed consumption; a failing handler retried with exponential backoff, without
 * limit while the failure is {@linkplain FailureKind#TRANSIENT transient} and a bounded number of times otherwise,
 * then its record kept by the service ({@link DeadLetterSink}) and sent to {@code <topic>.DLT} so the partition
 * moves on; every topic and its DLT declared.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(TrustpayKafkaProperties.class)
public class KafkaDefaultsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaDefaultsConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    TopicNames topicNames(TrustpayKafkaProperties properties) {
        return new TopicNames(properties.prefix());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EnvelopeCodec envelopeCodec(Clock clock) {
        return new EnvelopeCodec(clock);
    }

    @Bean
    @ConditionalOnMissingBean
    InboundMessages inboundMessages(EnvelopeCodec codec, ApplicationContext context) {
        return new InboundMessages(codec, SpanTags.of(context));
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer trustpayProducerDefaults() {
        return factory -> {
            factory.updateConfigs(Map.of(
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    ProducerConfig.LINGER_MS_CONFIG, 2,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000));
        };
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer trustpayConsumerDefaults() {
        return factory -> {
            factory.updateConfigs(Map.of(
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                    StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                    ByteArrayDeserializer.class,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                    false,
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                    "earliest",
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                    "read_committed"));
        };
    }

    /**
     * Retries by {@link FailureKind}: a transient failure without limit (the database or broker is down: the message
     * is not at fault and must not be lost), a permanent one a few times, a poison record not at all; what is given
     * up on goes to the service's {@link DeadLetterSink} and then to {@code <topic>.DLT}. Between retries the
     * container is paused rather than its thread put to sleep, so it keeps polling (no {@code max.poll.interval}
     * expiry and rebalance during a long outage); the failed record is sought back, so each partition keeps its order.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler trustpayErrorHandler(
            KafkaOperations<?, ?> template,
            TrustpayKafkaProperties properties,
            ObjectProvider<DeadLetterSink> sinks,
            BackOffScheduler scheduler) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(
                template, (record, failure) -> new TopicPartition(record.topic() + Topics.DEAD_LETTER_SUFFIX, -1));
        TrustpayKafkaProperties.Retry retry = properties.retry();
        BackOff whileUnavailable = unlimited(retry);
        BackOff bounded = bounded(retry);
        DefaultErrorHandler handler = new DefaultErrorHandler(
                new DeadLetterRecoverer(publisher, sinks),
                whileUnavailable,
                new ContainerPausingBackOffHandler(new ListenerContainerPauseService(null, scheduler.scheduler())));
        handler.setBackOffFunction((record, failure) -> switch (FailureClassifier.classify(failure)) {
            case TRANSIENT -> whileUnavailable;
            case PERMANENT -> bounded;
            case POISON -> new FixedBackOff(0, 0);
        });
        handler.addNotRetryableExceptions(PoisonMessageException.class, DeserializationException.class);
        handler.setRetryListeners((record, failure, attempt) -> log.warn(
                "Delivery {} of {}-{}@{} failed ({}): {}",
                attempt,
                record.topic(),
                record.partition(),
                record.offset(),
                failure == null ? "?" : FailureClassifier.classify(failure),
                failure == null ? "" : FailureReasons.describe(failure)));
        return handler;
    }

    /** The pauses' resume timer: a scheduler of its own, kept out of the context so Boot's own still applies. */
    @Bean
    BackOffScheduler trustpayBackOffScheduler() {
        return new BackOffScheduler();
    }

    static BackOff unlimited(TrustpayKafkaProperties.Retry retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initial().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.transientMax().toMillis());
        return backOff;
    }

    static BackOff bounded(TrustpayKafkaProperties.Retry retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initial().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.max().toMillis());
        backOff.setMaxAttempts(retry.attempts());
        return backOff;
    }

    /** Holds the scheduler that resumes paused listener containers, and shuts it down with the context. */
    static final class BackOffScheduler implements DisposableBean {
        private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

        BackOffScheduler() {
            scheduler.setThreadNamePrefix("kafka-backoff-");
            scheduler.setDaemon(true);
            scheduler.initialize();
        }

        TaskScheduler scheduler() {
            return scheduler;
        }

        @Override
        public void destroy() {
            scheduler.shutdown();
        }
    }

    @Bean
    KafkaAdmin.NewTopics trustpayTopics(TopicNames names, TrustpayKafkaProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(new NewTopic(names.of(topic), properties.partitions(), properties.replicas()));
            topics.add(new NewTopic(names.deadLetterOf(topic), properties.partitions(), properties.replicas()));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
