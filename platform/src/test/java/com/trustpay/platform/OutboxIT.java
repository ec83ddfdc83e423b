package com.trustpay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.Topics;
import com.trustpay.contracts.escrow.PaymentAwaited;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.platform.outbox.OutboxRelay;
import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.Recorded;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = PlatformTestApplication.class)
@RealInfrastructure
class OutboxIT {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TopicNames topics;

    @Autowired
    EnvelopeCodec codec;

    @Autowired
    OutboxRelay relay;

    @Test
    void committedMessageIsPublishedWithItsKeyAndHeaders() {
        UUID escrow = UUID.randomUUID();
        tx.executeWithoutResult(s -> outbox.publish(new PaymentExpired(escrow, 1, "TP-1", Instant.now())));

        try (TopicRecorder recorder = TopicRecorder.fromStart(bootstrap(), topics.of(Topics.PAYMENT_EVENTS))) {
            Recorded record = recorder.await(r -> escrow.toString().equals(r.key()));
            assertThat(record.header("tp-type")).isEqualTo("PaymentExpired");
            PaymentExpired expired = codec.decode(record.value()).payloadAs(PaymentExpired.class);
            assertThat(expired.escrowId()).isEqualTo(escrow);
            assertThat(expired.paymentReference()).isEqualTo("TP-1");
        }
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        UUID escrow = UUID.randomUUID();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    outbox.publish(new PaymentAwaited(escrow, 1));
                    throw new IllegalStateException("business rule failed after the write");
                }))
                .isInstanceOf(IllegalStateException.class);
        UUID marker = UUID.randomUUID();
        tx.executeWithoutResult(s -> outbox.publish(new PaymentAwaited(marker, 1)));

        try (TopicRecorder recorder = TopicRecorder.fromStart(bootstrap(), topics.of(Topics.ESCROW_EVENTS))) {
            List<Recorded> records = recorder.awaitAll(
                    r -> r.stream().anyMatch(x -> marker.toString().equals(x.key())));
            assertThat(records).extracting(Recorded::key).contains(marker.toString());
            assertThat(records).extracting(Recorded::key).doesNotContain(escrow.toString());
        }
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM outbox_message WHERE message_key = ?", Integer.class, escrow.toString()))
                .isZero();
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.publish(new PaymentAwaited(UUID.randomUUID(), 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    /**
     * Writers of the same key race: each writes its message, then (after a random pause) takes the key's
     * counter, whose value is the order in which the transactions commit. Consumers must see every key's
     * messages in that order.
     */
    @Test
    void perKeyOrderHoldsWithConcurrentWriters() throws Exception {
        List<UUID> keys = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        keys.forEach(k -> jdbc.update("INSERT INTO key_counter VALUES (?, 0)", k.toString()));
        int messages = 240;
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int tag = 1; tag <= messages; tag++) {
            int t = tag;
            UUID key = keys.get(tag % keys.size());
            done.add(writers.submit(() -> tx.executeWithoutResult(s -> {
                outbox.publish(new PaymentAwaited(key, t));
                pause(ThreadLocalRandom.current().nextInt(0, 4));
                Integer n = jdbc.queryForObject(
                        "UPDATE key_counter SET n = n + 1 WHERE message_key = ? RETURNING n",
                        Integer.class,
                        key.toString());
                jdbc.update("INSERT INTO commit_order VALUES (?, ?, ?)", t, key.toString(), n);
            })));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();
        assertConsumedInCommitOrder(keys, messages / keys.size());
    }

    /**
     * Batch writers: each transaction publishes one message for every key, the keys in a random order, so two
     * writers would deadlock if they locked keys in their own order. They must neither deadlock nor reorder.
     */
    @Test
    void batchedWritersOfOverlappingKeysKeepPerKeyOrder() throws Exception {
        List<UUID> keys = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        keys.forEach(k -> jdbc.update("INSERT INTO key_counter VALUES (?, 0)", k.toString()));
        int transactions = 80;
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 1; t <= transactions; t++) {
            int base = 100_000 + t * 10;
            done.add(writers.submit(() -> tx.executeWithoutResult(s -> {
                List<UUID> shuffled = new ArrayList<>(keys);
                Collections.shuffle(shuffled);
                outbox.publishAll(shuffled.stream()
                        .map(k -> new PaymentAwaited(k, base + keys.indexOf(k)))
                        .toList());
                pause(ThreadLocalRandom.current().nextInt(0, 4));
                for (UUID key : keys) {
                    Integer n = jdbc.queryForObject(
                            "UPDATE key_counter SET n = n + 1 WHERE message_key = ? RETURNING n",
                            Integer.class,
                            key.toString());
                    jdbc.update(
                            "INSERT INTO commit_order VALUES (?, ?, ?)", base + keys.indexOf(key), key.toString(), n);
                }
            })));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();

        assertConsumedInCommitOrder(keys, transactions);
    }

    @Test
    void aPublishedRowIsKeptForTheRetentionThenPurged() {
        UUID escrow = UUID.randomUUID();
        tx.executeWithoutResult(s -> outbox.publish(new PaymentAwaited(escrow, 1)));

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM outbox_message WHERE message_key = ? AND published_at IS NOT NULL",
                                Integer.class,
                                escrow.toString())
                        == 1);
        relay.purge();
        assertThat(rowsOf(escrow))
                .as("younger than the retention (7 days by default)")
                .isOne();

        jdbc.update(
                "UPDATE outbox_message SET published_at = now() - interval '8 days' WHERE message_key = ?",
                escrow.toString());
        relay.purge();
        assertThat(rowsOf(escrow)).isZero();
    }

    private int rowsOf(UUID key) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM outbox_message WHERE message_key = ?", Integer.class, key.toString());
    }

    private void assertConsumedInCommitOrder(List<UUID> keys, int perKey) {
        Map<Integer, Integer> commitOrder = new HashMap<>();
        jdbc.query("SELECT tag, n FROM commit_order", rs -> {
            commitOrder.put(rs.getInt(1), rs.getInt(2));
        });
        try (TopicRecorder recorder = TopicRecorder.fromStart(bootstrap(), topics.of(Topics.ESCROW_EVENTS))
                .waitingAtMost(Duration.ofSeconds(60))) {
            List<Recorded> records = recorder.awaitAll(r -> r.stream()
                            .filter(x -> keys.contains(UUID.fromString(x.key())))
                            .count()
                    >= (long) perKey * keys.size());
            for (UUID key : keys) {
                List<Integer> seen = records.stream()
                        .filter(x -> x.key().equals(key.toString()))
                        .map(x -> codec.decode(x.value())
                                .payloadAs(PaymentAwaited.class)
                                .attempt())
                        .map(commitOrder::get)
                        .toList();
                assertThat(seen).as("commit order of key %s as consumed", key).hasSize(perKey);
                assertThat(seen).isSorted();
            }
        }
    }

    private String bootstrap() {
        return TestKafka.instance().bootstrapServers();
    }

    /** A random pause inside the writer's transaction, to make commit order differ from id order. */
    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
