package com.trustpay.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * What a listener calls first: decodes the record and runs the handler as the handling of that message, so
 * that anything it writes carries the right correlation, causation and trace context.
 */
public final class InboundMessages {

    /** The logging MDC key of the escrow the message being handled is about. */
    public static final String ESCROW_ID = "escrowId";

    private final EnvelopeCodec codec;
    private final SpanTags spans;

    public InboundMessages(EnvelopeCodec codec) {
        this(codec, SpanTags.NONE);
    }

    /** @param spans tags the listener's span with the escrow the message is about ({@link SpanTags#ESCROW_ID}) */
    public InboundMessages(EnvelopeCodec codec, SpanTags spans) {
        this.codec = codec;
        this.spans = spans;
    }

    public void handle(ConsumerRecord<String, byte[]> record, Consumer<Incoming> handler) {
        Incoming incoming = codec.decode(record);
        runAs(incoming, contextOf(record, incoming), () -> handler.accept(incoming));
    }

    /**
     * Handles a poll's records as one unit of work: {@code together} receives the decoded messages and a task that
     * runs {@code handler} on each in order (each as the handling of its own message), and typically runs that task
     * in one transaction, so a busy partition costs one commit a poll instead of one a record. If anything in the
     * batch fails (a record that cannot be decoded, a handler error, the commit), nothing of it is kept and the
     * records are handled again one at a time, each in a unit of its own; the first one that fails alone is
     * reported as a {@link BatchListenerFailedException} with its index, so the container's error handler commits
     * what went before it and treats that record exactly as it treats a failing record of a record listener
     * (retried while its failure is transient, dead-lettered when it is poison).
     */
    public void handleBatch(
            List<ConsumerRecord<String, byte[]>> records,
            BiConsumer<List<Incoming>, Runnable> together,
            Consumer<Incoming> handler) {
        if (records.isEmpty()) {
            return;
        }
        try {
            List<Incoming> messages = new ArrayList<>(records.size());
            List<MessageContext> contexts = new ArrayList<>(records.size());
            for (ConsumerRecord<String, byte[]> record : records) {
                Incoming incoming = codec.decode(record);
                messages.add(incoming);
                contexts.add(contextOf(record, incoming));
            }
            together.accept(messages, () -> {
                for (int i = 0; i < messages.size(); i++) {
                    Incoming incoming = messages.get(i);
                    runAs(incoming, contexts.get(i), () -> handler.accept(incoming));
                }
            });
        } catch (RuntimeException batchFailed) {
            for (int i = 0; i < records.size(); i++) {
                try {
                    handle(
                            records.get(i),
                            incoming -> together.accept(List.of(incoming), () -> handler.accept(incoming)));
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException(
                            "record " + i + " of a batch of " + records.size() + " failed on its own", failed, i);
                }
            }
        }
    }

    /**
     * Runs {@code work} as the handling of one message: its message context, and every line logged meanwhile naming
     * the escrow the message is about (not the record key: {@code provider.webhooks} is keyed by provider resource),
     * replacing whatever an earlier piece of work left in the logging context and restoring it afterwards; the span
     * current meanwhile (the listener's) is tagged with the escrow too.
     */
    private void runAs(Incoming incoming, MessageContext context, Runnable work) {
        UUID escrow = incoming.payload().escrowId();
        String previous = MDC.get(ESCROW_ID);
        if (escrow == null) {
            MDC.remove(ESCROW_ID);
        } else {
            MDC.put(ESCROW_ID, escrow.toString());
            spans.tagCurrent(SpanTags.ESCROW_ID, escrow.toString());
        }
        try {
            MessageContext.runAs(context, work);
        } finally {
            if (previous == null) {
                MDC.remove(ESCROW_ID);
            } else {
                MDC.put(ESCROW_ID, previous);
            }
        }
    }

    private static MessageContext contextOf(ConsumerRecord<String, byte[]> record, Incoming incoming) {
        Header trace = record.headers().lastHeader(MessageHeaders.TRACEPARENT);
        return new MessageContext(
                incoming.envelope().eventId(),
                incoming.envelope().correlationId(),
                trace == null ? null : new String(trace.value(), StandardCharsets.UTF_8));
    }
}
