package com.trustpay.webhook.ingest.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.webhook.ingest.domain.ProviderEvent;
import com.trustpay.webhook.ingest.domain.Receipt;
import com.trustpay.webhook.ingest.domain.ReceiptIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Group commit of receipts against the real database and outbox. */
@RealInfrastructure
// Published outbox rows are kept (the service deletes them) so that the tests can count what was written.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "trustpay.outbox.retention=7d")
class ReceiptWriterIT {

    @Autowired
    ReceiptStore store;

    @Autowired
    ReceiptPublisher publisher;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Integer> batches = new CopyOnWriteArrayList<>();
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private ReceiptWriter writer;

    @AfterEach
    void close() throws InterruptedException {
        requests.shutdownNow();
        if (writer != null) {
            writer.close();
        }
    }

    /**
     * While the single writer is held inside its first commit, the receipts that arrive meanwhile wait; once it is
     * free they go in together, one transaction, and every request is answered only after that commit.
     */
    @Test
    void receiptsArrivingDuringACommitShareTheNextOne() throws Exception {
        HeldStore held = new HeldStore();
        writer = writer(held, 1, 64);
        Future<Boolean> first =
                requests.submit(() -> writer.store(receipt(UUID.randomUUID().toString())));
        held.awaitFirstBatch();
        List<Receipt> waiting = new ArrayList<>();
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Receipt receipt = receipt(UUID.randomUUID().toString());
            waiting.add(receipt);
            answers.add(requests.submit(() -> writer.store(receipt)));
        }
        awaitQueued(waiting.size());

        assertThat(answers).noneMatch(Future::isDone);
        held.release();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        for (Future<Boolean> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(batches).containsExactly(1, 20);
        for (Receipt receipt : waiting) {
            assertThat(storedRows(receipt)).isEqualTo(1);
            assertThat(outboxRows(receipt)).isEqualTo(1);
        }
    }

    @Test
    void theSameEventTwiceInOneBatchIsStoredAndPublishedOnce() throws Exception {
        HeldStore held = new HeldStore();
        writer = writer(held, 1, 64);
        Future<Boolean> first =
                requests.submit(() -> writer.store(receipt(UUID.randomUUID().toString())));
        held.awaitFirstBatch();
        String eventId = UUID.randomUUID().toString();
        Receipt one = receipt(eventId);
        Receipt two = receipt(eventId);
        Future<Boolean> answerOne = requests.submit(() -> writer.store(one));
        awaitQueued(1);
        Future<Boolean> answerTwo = requests.submit(() -> writer.store(two));
        awaitQueued(2);
        held.release();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(answerOne.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(answerTwo.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(batches).containsExactly(1, 2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM webhook_receipt WHERE provider_event_id = ?", Integer.class, eventId))
                .isEqualTo(1);
        assertThat(storedRows(one)).isEqualTo(1);
        assertThat(outboxRows(one)).isEqualTo(1);
        assertThat(outboxRows(two)).isZero();
    }

    @Test
    void anEventStoredEarlierIsADuplicate() {
        writer = writer(store, 2, 64);
        String eventId = UUID.randomUUID().toString();

        assertThat(writer.store(receipt(eventId))).isTrue();
        Receipt again = receipt(eventId);
        assertThat(writer.store(again)).isFalse();
        assertThat(outboxRows(again)).isZero();
    }

    /**
     * A receipt the database refuses (no body: NOT NULL) fails its own request only: its batch is retried receipt by
     * receipt.
     */
    @Test
    void oneBadReceiptFailsOnlyItsOwnRequest() throws Exception {
        HeldStore held = new HeldStore();
        writer = writer(held, 1, 64);
        Future<Boolean> filler =
                requests.submit(() -> writer.store(receipt(UUID.randomUUID().toString())));
        held.awaitFirstBatch();
        Receipt good1 = receipt(UUID.randomUUID().toString());
        Receipt bad = new Receipt(
                ReceiptIds.next(),
                "setu",
                new ProviderEvent(UUID.randomUUID().toString(), "payment.success", "pay-1", Instant.now()),
                false,
                Map.of(),
                null,
                Instant.now());
        Receipt good2 = receipt(UUID.randomUUID().toString());

        List<Future<Boolean>> answers = List.of(
                requests.submit(() -> writer.store(good1)),
                requests.submit(() -> writer.store(bad)),
                requests.submit(() -> writer.store(good2)));
        awaitQueued(3);
        held.release();

        assertThat(filler.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(answers.get(0).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(answers.get(2).get(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> answers.get(1).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(DataAccessException.class);
        assertThat(storedRows(good1) + storedRows(good2)).isEqualTo(2);
        assertThat(storedRows(bad)).isZero();
    }

    /**
     * Requests that wait past the limit get an error. A receipt no writer had taken is withdrawn and never stored;
     * one already inside a transaction still commits (the provider's retry will then be a duplicate).
     */
    @Test
    void requestsThatWaitTooLongFailAndOnlyTakenReceiptsAreStoredLater() throws Exception {
        HeldStore held = new HeldStore();
        writer = writer(held, 1, 64, Duration.ofMillis(300));
        Receipt taken = receipt(UUID.randomUUID().toString());
        Future<Boolean> first = requests.submit(() -> writer.store(taken));
        held.awaitFirstBatch();
        Receipt waiting = receipt(UUID.randomUUID().toString());

        assertThatThrownBy(() -> writer.store(waiting)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DataAccessException.class);

        assertThat(writer.queued()).isZero();
        held.release();
        await().atMost(Duration.ofSeconds(10)).until(() -> storedRows(taken) == 1);
        assertThat(storedRows(waiting)).isZero();
    }

    @Test
    void afterCloseNewReceiptsAreRefused() throws Exception {
        writer = writer(store, 2, 64);
        Receipt receipt = receipt(UUID.randomUUID().toString());
        assertThat(writer.store(receipt)).isTrue();

        writer.close();

        assertThatThrownBy(() -> writer.store(receipt(UUID.randomUUID().toString())))
                .isInstanceOf(DataAccessException.class);
        assertThat(storedRows(receipt)).isEqualTo(1);
    }

    private ReceiptWriter writer(ReceiptStore receiptStore, int threads, int maxBatch) {
        return writer(receiptStore, threads, maxBatch, Duration.ofSeconds(10));
    }

    private ReceiptWriter writer(ReceiptStore receiptStore, int threads, int maxBatch, Duration maxWait) {
        return new ReceiptWriter(
                receiptStore,
                publisher,
                new TransactionTemplate(transactions),
                threads,
                maxBatch,
                maxWait,
                batches::add);
    }

    private void awaitQueued(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> writer.queued() >= count);
    }

    private int storedRows(Receipt receipt) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM webhook_receipt WHERE receipt_id = ?", Integer.class, receipt.receiptId());
    }

    private int outboxRows(Receipt receipt) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM outbox_message WHERE convert_from(envelope, 'UTF8') LIKE ?",
                Integer.class,
                "%" + receipt.receiptId() + "%");
    }

    private static Receipt receipt(String eventId) {
        return new Receipt(
                ReceiptIds.next(),
                "setu",
                new ProviderEvent(eventId, "payment.success", "pay-" + eventId, Instant.now()),
                false,
                Map.of("x-setu-signature", "sig"),
                ("{\"id\":\"" + eventId + "\"}").getBytes(StandardCharsets.UTF_8),
                Instant.now());
    }

    /** The real store, except that the first batch waits inside its transaction until released. */
    private final class HeldStore implements ReceiptStore {

        private final CountDownLatch firstBatchStarted = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile boolean first = true;

        @Override
        public Set<UUID> storeNew(List<Receipt> receipts) {
            if (first) {
                first = false;
                firstBatchStarted.countDown();
                try {
                    if (!released.await(10, TimeUnit.SECONDS)) {
                        throw new AssertionError("the first batch was never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            return store.storeNew(receipts);
        }

        @Override
        public void quarantine(UUID id, String provider, String reason, Map<String, String> h, byte[] b, Instant at) {
            store.quarantine(id, provider, reason, h, b, at);
        }

        @Override
        public Optional<byte[]> receiptBody(UUID receiptId) {
            return store.receiptBody(receiptId);
        }

        @Override
        public Optional<byte[]> quarantinedBody(UUID quarantineId) {
            return store.quarantinedBody(quarantineId);
        }

        @Override
        public int purgeBodies(Instant receivedBefore, Instant now, int limit) {
            return store.purgeBodies(receivedBefore, now, limit);
        }

        void awaitFirstBatch() throws InterruptedException {
            assertThat(firstBatchStarted.await(10, TimeUnit.SECONDS)).isTrue();
        }

        void release() {
            released.countDown();
        }
    }
}
