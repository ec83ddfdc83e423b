package com.trustpay.testsupport.kafka;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.contracts.MessageCatalog.MessageType;
import com.trustpay.contracts.WireJson;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record a {@link TopicRecorder} saw: its topic, key, headers and raw value, and the TrustPay message in it.
 * The envelope is decoded here from the contracts alone (the wire's JSON mapping and the message catalog), the way
 * any consumer would read it, so a test does not trust the producer's own codec. A value that is no envelope (a
 * poison message on a dead-letter topic, say) is kept as it is: {@link #is} is false for it.
 */
public final class Recorded {

    private final ConsumerRecord<String, byte[]> record;
    private Decoded decoded;

    Recorded(ConsumerRecord<String, byte[]> record) {
        this.record = record;
    }

    public String topic() {
        return record.topic();
    }

    public String key() {
        return record.key();
    }

    /** The raw value, exactly as it was published. */
    public byte[] value() {
        return record.value() == null ? null : record.value().clone();
    }

    /** The raw value as UTF-8 text. */
    public String text() {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    /** The last value of header {@code name} as UTF-8 text, or {@code null} when the record has none. */
    public String header(String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Whether the value is a well-formed TrustPay envelope of a known message type and version. */
    public boolean isMessage() {
        return decoded().problem() == null;
    }

    /** Whether the value is a TrustPay message of {@code type}. */
    public boolean is(Class<? extends Message> type) {
        return isMessage() && type.isInstance(decoded().payload());
    }

    /** Whether the value is a TrustPay message of {@code type} about {@code escrowId}. */
    public boolean is(Class<? extends Message> type, UUID escrowId) {
        return is(type) && escrowId.equals(decoded().envelope().escrowId());
    }

    /** The envelope; fails the test when the value is not one. */
    public Envelope envelope() {
        return requireMessage().envelope();
    }

    /** The decoded message; fails the test when the value is not a TrustPay message. */
    public Message message() {
        return requireMessage().payload();
    }

    /** The message as {@code type}; fails the test when it is another type or no message at all. */
    public <T extends Message> T as(Class<T> type) {
        Message message = message();
        if (!type.isInstance(message)) {
            throw new AssertionError("Record at " + topic() + "@" + record.offset() + " holds "
                    + message.getClass().getSimpleName() + ", not " + type.getSimpleName());
        }
        return type.cast(message);
    }

    /** The message as {@code type}, or empty when it is another type or no message at all. */
    public <T extends Message> Optional<T> message(Class<T> type) {
        return is(type) ? Optional.of(type.cast(decoded().payload())) : Optional.empty();
    }

    /** The message type name from the envelope, or a short note on why the value is not a message. */
    String describe() {
        Decoded d = decoded();
        return d.problem() == null ? d.envelope().type() : "<" + d.problem() + ">";
    }

    private Decoded requireMessage() {
        Decoded d = decoded();
        if (d.problem() != null) {
            throw new AssertionError(
                    "Record at " + topic() + "@" + record.offset() + " is not a TrustPay message: " + d.problem());
        }
        return d;
    }

    private Decoded decoded() {
        if (decoded == null) {
            decoded = decode(record.value());
        }
        return decoded;
    }

    private static Decoded decode(byte[] value) {
        if (value == null) {
            return Decoded.not("empty value");
        }
        Envelope envelope;
        try {
            envelope = WireJson.mapper().readValue(value, Envelope.class);
        } catch (RuntimeException e) {
            return Decoded.not("not an envelope: " + e.getMessage());
        }
        Optional<MessageType> type = MessageCatalog.byName(envelope.type());
        if (type.isEmpty()) {
            return Decoded.not("unknown type " + envelope.type());
        }
        if (type.get().version() != envelope.version()) {
            return Decoded.not("version " + envelope.version() + " of " + envelope.type());
        }
        try {
            return new Decoded(
                    envelope,
                    WireJson.mapper().treeToValue(envelope.payload(), type.get().javaType()),
                    null);
        } catch (RuntimeException e) {
            return Decoded.not("payload does not fit " + envelope.type() + ": " + e.getMessage());
        }
    }

    private record Decoded(Envelope envelope, Message payload, String problem) {

        static Decoded not(String problem) {
            return new Decoded(null, null, problem);
        }
    }
}
