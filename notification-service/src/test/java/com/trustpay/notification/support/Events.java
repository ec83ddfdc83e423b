package com.trustpay.notification.support;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import java.util.concurrent.ExecutionException;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes wire messages to the real broker as their producers would: enveloped, keyed, on their topic. */
public final class Events {

    private final KafkaTemplate<String, byte[]> kafka;
    private final EnvelopeCodec codec;
    private final TopicNames topics;

    public Events(KafkaTemplate<String, byte[]> kafka, EnvelopeCodec codec, TopicNames topics) {
        this.kafka = kafka;
        this.codec = codec;
        this.topics = topics;
    }

    /** Publishes {@code message} in a new envelope and returns that envelope (to send it again). */
    public Envelope publish(Message message) {
        Envelope envelope = codec.wrap(message);
        publishAgain(envelope, message.key());
        return envelope;
    }

    /** Publishes an envelope once more: a redelivery, as Kafka's at-least-once delivery may make one. */
    public void publishAgain(Envelope envelope, String key) {
        String topic = MessageCatalog.byName(envelope.type()).orElseThrow().topic();
        try {
            kafka.send(topics.of(topic), key, codec.encode(envelope)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not take " + envelope.type(), e);
        }
    }
}
