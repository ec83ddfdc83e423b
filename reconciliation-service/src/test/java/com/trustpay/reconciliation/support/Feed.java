package com.trustpay.reconciliation.support;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes wire messages to their real topics the way their producers do (envelope, escrow id as key), each with the
 * time it occurred, so that a story can have happened an hour ago.
 */
public final class Feed {

    private final KafkaTemplate<String, byte[]> kafka;
    private final EnvelopeCodec codec;
    private final TopicNames topics;
    private final List<UUID> sent = new ArrayList<>();

    public Feed(KafkaTemplate<String, byte[]> kafka, EnvelopeCodec codec, TopicNames topics) {
        this.kafka = kafka;
        this.codec = codec;
        this.topics = topics;
    }

    public Envelope send(Message message, Instant occurredAt) {
        Envelope wrapped = codec.wrap(message);
        Envelope envelope = new Envelope(
                wrapped.eventId(),
                wrapped.type(),
                wrapped.version(),
                OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC),
                wrapped.escrowId(),
                wrapped.correlationId(),
                wrapped.causationId(),
                wrapped.payload());
        String topic = MessageCatalog.byName(envelope.type()).orElseThrow().topic();
        String key = message.key();
        try {
            kafka.send(topics.of(topic), key, codec.encode(envelope)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + envelope.type(), e.getCause());
        }
        sent.add(envelope.eventId());
        return envelope;
    }

    /** The ids of every event sent so far, to wait until the service has handled them all. */
    public List<UUID> sent() {
        return List.copyOf(sent);
    }
}
