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
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka the TrustPay way: acks=all and an idempotent producer; String keys (the escrow id) and envelope bytes
 * as values; manual, read-committed consumption; a failing handler retried with exponential backoff a bounded
 * number of times, then its record sent to {@code <topic>.DLT} so the partition moves on; every topic and its
 * DLT declared.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(TrustpayKafkaProperties.class)
public class KafkaDefaultsConfiguration {

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
    InboundMessages inboundMessages(EnvelopeCodec codec) {
        return new InboundMessages(codec);
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

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler trustpayErrorHandler(KafkaOperations<?, ?> template, TrustpayKafkaProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                template, (record, failure) -> new TopicPartition(record.topic() + Topics.DEAD_LETTER_SUFFIX, -1));
        TrustpayKafkaProperties.Retry retry = properties.retry();
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initial().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.max().toMillis());
        backOff.setMaxAttempts(retry.attempts());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonMessageException.class, DeserializationException.class);
        return handler;
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
