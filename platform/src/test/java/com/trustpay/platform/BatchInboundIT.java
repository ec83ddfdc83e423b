package com.trustpay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.platform.deadletter.DeadLetters;
import com.trustpay.platform.deadletter.DeadLetters.Result.Outcome;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.InboundMessages;
import com.trustpay.platform.messaging.MessageHeaders;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.testsupport.RealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link InboundMessages#handleBatch}: a poll's records applied in one transaction, and a record that fails in a
 * batch treated as it would be by a record listener — the others applied once, it alone dead-lettered (refused or
 * unreadable), and replayable through the batch listener.
 */
@SpringBootTest(
        classes = PlatformTestApplication.class,
        properties = {"trustpay.ops.alerts.throttle-window=0s"})
@Import({BatchInboundIT.BatchListener.class, BatchInboundIT.BatchFactory.class})
@RealInfrastructure
class BatchInboundIT {

    private static final String LISTENER = "platform-test-batch";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    EnvelopeCodec codec;

    @Autowired
    TopicNames topics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BatchListener listener;

    @Autowired
    KafkaListenerEndpointRegistry registry;

    @Autowired
    DeadLetters deadLetters;

    @Test
    void aBacklogIsAppliedOnceInBatchesAndARefusedAndAnUnreadableRecordAmongItAreDeadLetteredAlone() throws Exception {
        List<UUID> escrows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            escrows.add(UUID.randomUUID());
        }
        UUID refused = escrows.get(30);
        listener.refused.add(refused);
        String unreadableKey = UUID.randomUUID().toString();

        // The topic is led and the listener has its partitions before the backlog is made (a fresh in-process broker
        // answers the first sends to a new topic with metadata errors).
        UUID warmUp = UUID.randomUUID();
        Envelope first = codec.wrap(failed(warmUp));
        send(warmUp.toString(), codec.encode(first), first);
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(warmUp) == 1);

        registry.getListenerContainer(LISTENER).stop(); // a backlog builds up while the consumer is away
        List<Envelope> sent = new ArrayList<>();
        for (int i = 0; i < escrows.size(); i++) {
            Envelope envelope = codec.wrap(failed(escrows.get(i)));
            sent.add(envelope);
            send(escrows.get(i).toString(), codec.encode(envelope), envelope);
            if (i == 20) {
                kafka.send(
                                topics.of(Topics.PAYOUT_EVENTS),
                                unreadableKey,
                                "not an envelope".getBytes(StandardCharsets.UTF_8))
                        .get();
            }
        }
        send(escrows.get(5).toString(), codec.encode(sent.get(5)), sent.get(5)); // a redelivered duplicate
        registry.getListenerContainer(LISTENER).start();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> escrows.stream().filter(e -> !e.equals(refused)).allMatch(e -> applied(e) == 1));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetter("event_id = ?", sent.get(30).eventId()) != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetter("message_key = ?", unreadableKey) != null);

        assertThat(escrows.stream()
                        .filter(e -> !e.equals(refused))
                        .mapToInt(this::applied)
                        .sum())
                .as("each of the 59 good records applied exactly once, the duplicate not at all")
                .isEqualTo(59);
        assertThat(applied(refused)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT max(batch_size) FROM batch_applied WHERE escrow_id = ANY (?)", Integer.class, (Object)
                                escrows.toArray(UUID[]::new)))
                .as("a backlog is applied several records to a transaction")
                .isGreaterThan(1);
        assertThat(jdbc.queryForObject(
                        "SELECT failure_kind FROM dead_letter WHERE event_id = ?",
                        String.class,
                        sent.get(30).eventId()))
                .isEqualTo("PERMANENT");
        assertThat(jdbc.queryForObject(
                        "SELECT failure_kind FROM dead_letter WHERE message_key = ?", String.class, unreadableKey))
                .isEqualTo("POISON");

        listener.refused.remove(refused); // the fix is deployed: the replay goes through the batch listener
        long id = deadLetter("event_id = ?", sent.get(30).eventId());
        assertThat(deadLetters.replay(id).outcome()).isEqualTo(Outcome.REPLAYED);
        assertThat(applied(refused)).isEqualTo(1);
        assertThat(deadLetters.replay(id).outcome()).isEqualTo(Outcome.ALREADY_REPLAYED);
        assertThat(applied(refused)).isEqualTo(1);
    }

    private Long deadLetter(String where, Object value) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM dead_letter WHERE " + where, Long.class, value);
        return ids.isEmpty() ? null : ids.getFirst();
    }

    private void send(String key, byte[] value, Envelope envelope) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.of(Topics.PAYOUT_EVENTS), key, value);
        record.headers()
                .add(MessageHeaders.EVENT_ID, envelope.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(MessageHeaders.TYPE, envelope.type().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }

    private int applied(UUID escrow) {
        return jdbc.queryForObject("SELECT count(*) FROM batch_applied WHERE escrow_id = ?", Integer.class, escrow);
    }

    private static PayoutFailed failed(UUID escrow) {
        return new PayoutFailed(
                escrow, "TP-P-1", 1, 3, "BENEFICIARY_BANK_OFFLINE", "beneficiary bank offline", Instant.now());
    }

    /** Batch listener containers configured as Boot configures the suite's record listeners. */
    static class BatchFactory {
        @Bean
        ConcurrentKafkaListenerContainerFactory<Object, Object> batchFactory(
                ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
                ConsumerFactory<Object, Object> consumers) {
            ConcurrentKafkaListenerContainerFactory<Object, Object> factory =
                    new ConcurrentKafkaListenerContainerFactory<>();
            configurer.configure(factory, consumers);
            factory.setBatchListener(true);
            factory.getContainerProperties().setAckMode(AckMode.BATCH);
            return factory;
        }
    }

    /** Applies PayoutFailed once per event id, a poll at a time in one transaction. */
    static class BatchListener {
        final Set<UUID> refused = ConcurrentHashMap.newKeySet();
        /** How many messages the transaction running on this thread handles. */
        private final ThreadLocal<Integer> unitSize = new ThreadLocal<>();

        private final InboundMessages inbound;
        private final ProcessedMessages processed;
        private final JdbcTemplate jdbc;
        private final TransactionTemplate tx;

        BatchListener(InboundMessages inbound, ProcessedMessages processed, JdbcTemplate jdbc, TransactionTemplate tx) {
            this.inbound = inbound;
            this.processed = processed;
            this.jdbc = jdbc;
            this.tx = tx;
        }

        @KafkaListener(
                id = LISTENER,
                topics = "#{topicNames.of('payout.events')}",
                groupId = "#{topicNames.group('platform-test-batch')}",
                containerFactory = "batchFactory")
        void on(List<ConsumerRecord<String, byte[]>> records) {
            inbound.handleBatch(
                    records,
                    (messages, work) -> tx.executeWithoutResult(status -> {
                        unitSize.set(messages.size());
                        work.run();
                    }),
                    incoming -> {
                        if (!processed.firstDelivery(incoming.envelope().eventId())) {
                            return;
                        }
                        PayoutFailed failed = incoming.payloadAs(PayoutFailed.class);
                        if (refused.contains(failed.escrowId())) {
                            throw new IllegalArgumentException("No rule for the payout of " + failed.escrowId());
                        }
                        jdbc.update(
                                "INSERT INTO batch_applied (escrow_id, batch_size) VALUES (?, ?)",
                                failed.escrowId(),
                                unitSize.get());
                    });
        }
    }
}
