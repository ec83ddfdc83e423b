package com.trustpay.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.payout.PayoutFailed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The escrow a log line names is the one the handled message is about, whatever the record key or the MDC held. */
class InboundMessagesLoggingTest {

    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
    private final InboundMessages inbound = new InboundMessages(codec);

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void theMessagesEscrowIsLoggedNotTheRecordKeyNorALeftover() {
        UUID escrow = UUID.randomUUID();
        MDC.put(InboundMessages.ESCROW_ID, "left-over-from-earlier-work");
        List<String> seen = new ArrayList<>();

        inbound.handle(record("razorpayx:pout_1", escrow), m -> seen.add(MDC.get(InboundMessages.ESCROW_ID)));

        assertThat(seen).containsExactly(escrow.toString());
        assertThat(MDC.get(InboundMessages.ESCROW_ID)).isEqualTo("left-over-from-earlier-work");
    }

    @Test
    void eachMessageOfABatchNamesItsOwnEscrow() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<String> seen = new ArrayList<>();

        inbound.handleBatch(
                List.of(record(a.toString(), a), record("setu:x", b)),
                (messages, work) -> work.run(),
                m -> seen.add(MDC.get(InboundMessages.ESCROW_ID)));

        assertThat(seen).containsExactly(a.toString(), b.toString());
        assertThat(MDC.get(InboundMessages.ESCROW_ID)).isNull();
    }

    @Test
    void theListenersSpanIsTaggedWithTheMessagesEscrow() {
        UUID escrow = UUID.randomUUID();
        List<String> tagged = new ArrayList<>();
        SpanTags spans = new SpanTags() {
            @Override
            public void tagCurrent(String key, String value) {
                tagged.add(key + "=" + value);
            }
        };

        new InboundMessages(codec, spans).handle(record("razorpayx:pout_1", escrow), m -> {});

        assertThat(tagged).containsExactly("escrow.id=" + escrow);
    }

    private ConsumerRecord<String, byte[]> record(String key, UUID escrow) {
        PayoutFailed failed = new PayoutFailed(escrow, "PO-1", 1, 3, "X", "x", Instant.now());
        return new ConsumerRecord<>("t.payout.events", 0, 0, key, codec.encode(codec.wrap(failed)));
    }
}
