package com.trustpay.webhook.support;

import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.Incoming;
import com.trustpay.testsupport.TestKafka;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Reads a topic from its beginning, decoding envelopes, until a record matches or a bounded wait runs out. */
public final class KafkaProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
    private final List<Received> seen = new ArrayList<>();

    public KafkaProbe(String bootstrap, String topic) {
        consumer = TestKafka.readerOf(bootstrap, topic);
    }

    /** The first record whose decoded message matches, waiting at most {@code atMost}. */
    public Received await(Predicate<Received> match, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            for (Received received : seen) {
                if (match.test(received)) {
                    return received;
                }
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(new Received(record.key(), codec.decode(record)));
            }
        }
        throw new AssertionError("No matching record within " + atMost + "; saw " + seen.size());
    }

    /** Reads whatever arrives during {@code period} (to see that something arrives only once). */
    public List<Received> readFor(Duration period) {
        Instant deadline = Instant.now().plus(period);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(new Received(record.key(), codec.decode(record)));
            }
        }
        return seen();
    }

    /** Everything read so far. */
    public List<Received> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** A record's key and its decoded envelope and payload. */
    public record Received(String key, Incoming message) {

        public <T> T payloadAs(Class<T> type) {
            return type.isInstance(message.payload()) ? type.cast(message.payload()) : null;
        }
    }
}
