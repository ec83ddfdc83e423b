package com.trustpay.platform;

import com.trustpay.testsupport.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Reads a topic from its beginning until a condition holds or a bounded wait runs out. */
final class KafkaProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    KafkaProbe(String bootstrap, String topic) {
        consumer = TestKafka.readerOf(bootstrap, topic);
    }

    List<ConsumerRecord<String, byte[]>> readUntil(
            Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (!done.test(seen) && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    /** Reads for the whole given time and returns everything seen. */
    List<ConsumerRecord<String, byte[]>> readFor(Duration time) {
        return readUntil(records -> false, time);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
