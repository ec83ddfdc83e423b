package com.trustpay.payment.it;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.Topics;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Everything payment-service publishes (payment.events, payout.events, ops.alerts), read by a plain consumer. */
final class PublishedMessages implements AutoCloseable {

    private final List<Message> seen = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread reader;
    private volatile boolean running = true;

    PublishedMessages(String bootstrap, TopicNames topics, EnvelopeCodec codec) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                topics.group("it-reader-" + UUID.randomUUID()),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
        consumer.subscribe(List.of(
                topics.of(Topics.PAYMENT_EVENTS), topics.of(Topics.PAYOUT_EVENTS), topics.of(Topics.OPS_ALERTS)));
        reader = new Thread(
                () -> {
                    try {
                        while (running) {
                            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                                seen.add(codec.decode(r).payload());
                            }
                        }
                    } catch (WakeupException e) {
                        // closing
                    } finally {
                        consumer.close();
                    }
                },
                "it-published-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Messages of {@code type} about {@code escrowId} (alerts included), in arrival order. */
    <T extends Message> List<T> of(Class<T> type, UUID escrowId) {
        return seen.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(m -> escrowId.equals(m.escrowId()))
                .toList();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        reader.join(5_000);
    }
}
