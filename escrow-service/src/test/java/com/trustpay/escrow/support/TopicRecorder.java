package com.trustpay.escrow.support;

import com.trustpay.contracts.Message;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.Incoming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads a topic from its beginning (partitions assigned, no consumer group to wait for) and keeps everything
 * it has seen, decoded, so tests can wait for a message with a bounded wait.
 */
public final class TopicRecorder implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final EnvelopeCodec codec;
    private final List<Incoming> seen = new ArrayList<>();

    public TopicRecorder(String bootstrap, String topic, EnvelopeCodec codec) {
        this.codec = codec;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits (bounded, polling on the caller's thread: the consumer is single-threaded) for the first message of {@code type} about {@code escrowId} that matches. */
    public synchronized <T extends Message> T await(UUID escrowId, Class<T> type) {
        return await(escrowId, type, 1).getLast();
    }

    /** Waits (bounded) until {@code count} messages of {@code type} about {@code escrowId} were seen. */
    public synchronized <T extends Message> List<T> await(UUID escrowId, Class<T> type, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    poll();
                    return all(escrowId, type).size() >= count;
                });
        return all(escrowId, type);
    }

    /** The types of every message seen about {@code escrowId}, in order, after reading what is there now. */
    public synchronized List<String> typesOf(UUID escrowId) {
        poll();
        return seen.stream()
                .filter(m -> escrowId.equals(m.envelope().escrowId()))
                .map(m -> m.envelope().type())
                .toList();
    }

    public synchronized <T extends Message> List<T> all(UUID escrowId, Class<T> type) {
        return seen.stream()
                .filter(m -> escrowId.equals(m.envelope().escrowId()) && type.isInstance(m.payload()))
                .map(m -> type.cast(m.payload()))
                .toList();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(100)).forEach(record -> seen.add(codec.decode(record)));
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
