package com.trustpay.platform.messaging;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.contracts.MessageCatalog.MessageType;
import com.trustpay.contracts.WireJson;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Wraps messages in the {@link Envelope} and reads them back, with the wire's one JSON mapping. */
public final class EnvelopeCodec {

    private final JsonMapper json = WireJson.mapper();
    private final Clock clock;

    public EnvelopeCodec(Clock clock) {
        this.clock = clock;
    }

    /** A new envelope for {@code message}, caused by the message being handled on this thread (if any). */
    public Envelope wrap(Message message) {
        MessageType type = MessageCatalog.of(message.getClass());
        MessageContext cause = MessageContext.current();
        UUID eventId = UUID.randomUUID();
        return new Envelope(
                eventId,
                type.name(),
                type.version(),
                OffsetDateTime.now(clock),
                message.escrowId(),
                cause == null ? eventId : cause.correlationId(),
                cause == null ? null : cause.eventId(),
                json.valueToTree(message));
    }

    public byte[] encode(Envelope envelope) {
        return json.writeValueAsBytes(envelope);
    }

    /** Decodes a record; anything that is not a known, well-formed message is a {@link PoisonMessageException}. */
    public Incoming decode(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new PoisonMessageException("Empty record at " + record.topic() + "@" + record.offset());
        }
        return decode(record.value());
    }

    public Incoming decode(byte[] bytes) {
        Envelope envelope;
        try {
            envelope = json.readValue(bytes, Envelope.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new PoisonMessageException("Not a TrustPay envelope: " + e.getMessage(), e);
        }
        MessageType type = MessageCatalog.byName(envelope.type())
                .orElseThrow(() -> new PoisonMessageException("Unknown message type " + envelope.type()));
        if (envelope.version() != type.version()) {
            throw new PoisonMessageException("Unsupported version " + envelope.version() + " of " + envelope.type());
        }
        try {
            return new Incoming(envelope, json.treeToValue(envelope.payload(), type.javaType()));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new PoisonMessageException("Payload does not fit " + envelope.type() + ": " + e.getMessage(), e);
        }
    }
}
