package com.trustpay.webhook.ingest.application;

import com.trustpay.webhook.ingest.domain.Receipt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for receipts. Each request hands its receipt to {@link #store} and waits; one or more writer threads take
 * whatever receipts are waiting (up to {@code maxBatch}) and store and publish them in one transaction, then
 * answer each waiting request. Nothing is held back to fill a batch: a writer takes what is there the moment it
 * is free, so at low rates every batch is one receipt, and under load the time of one commit (its fsync above all)
 * is shared by everything that arrived meanwhile. A request is answered only after the commit that holds its
 * receipt.
 *
 * <p>If a batch fails, its receipts are retried one by one in their own transactions, so one bad receipt fails
 * only its own request. A request that waits longer than {@code maxWait} gets an error and its receipt is withdrawn
 * if no writer has taken it yet (its provider will retry; should a taken receipt commit after all, the retry is a
 * duplicate and is acknowledged).
 */
public class ReceiptWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReceiptWriter.class);

    private final ReceiptStore store;
    private final ReceiptPublisher publisher;
    private final TransactionTemplate transaction;
    private final int maxBatch;
    private final Duration maxWait;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private final BatchListener listener;
    private volatile boolean open = true;

    /** Told the size of every committed batch (a metric). */
    @FunctionalInterface
    public interface BatchListener {
        void committed(int size);
    }

    public ReceiptWriter(
            ReceiptStore store,
            ReceiptPublisher publisher,
            TransactionTemplate transaction,
            int writerThreads,
            int maxBatch,
            Duration maxWait,
            BatchListener listener) {
        if (writerThreads < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("writer threads and batch size must be positive");
        }
        this.store = store;
        this.publisher = publisher;
        this.transaction = transaction;
        this.maxBatch = maxBatch;
        this.maxWait = maxWait;
        this.listener = listener;
        for (int i = 0; i < writerThreads; i++) {
            writers.add(Thread.ofPlatform().name("receipt-writer-" + i).daemon().start(this::run));
        }
    }

    /**
     * Stores and publishes {@code receipt} unless a receipt with the same (provider, event id) exists; returns once
     * that is committed: true when stored, false for a duplicate.
     *
     * @throws org.springframework.dao.DataAccessException when it could not be stored (or not within the wait)
     */
    public boolean store(Receipt receipt) {
        if (!open) {
            throw new DataAccessResourceFailureException("The receipt writer is shut down");
        }
        // The trace is the request's: taken here, on its thread, since a writer thread publishes the receipt.
        Pending pending = new Pending(receipt, publisher.currentTrace(), new CompletableFuture<>());
        queue.add(pending);
        if (!open && queue.remove(pending)) {
            throw new DataAccessResourceFailureException("The receipt writer is shut down");
        }
        try {
            return pending.stored().get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DataAccessResourceFailureException("Receipt not stored", e.getCause());
        } catch (TimeoutException e) {
            // Not yet taken by a writer: withdraw it, so that it is not stored after the request has failed.
            queue.remove(pending);
            throw new DataAccessResourceFailureException("Receipt not stored within " + maxWait, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessResourceFailureException("Interrupted while the receipt was being stored", e);
        }
    }

    /** Receipts waiting for a writer. */
    public int queued() {
        return queue.size();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                log.error("Receipt writer failed on a batch of {}", batch.size(), e);
                batch.forEach(p -> p.stored().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        List<Receipt> receipts = batch.stream().map(Pending::receipt).toList();
        Set<UUID> stored;
        try {
            stored = transaction.execute(status -> {
                Set<UUID> inserted = store.storeNew(receipts);
                List<Pending> fresh = batch.stream()
                        .filter(p -> inserted.contains(p.receipt().receiptId()))
                        .toList();
                publisher.published(
                        fresh.stream().map(Pending::receipt).toList(),
                        fresh.stream().map(Pending::trace).toList());
                return inserted;
            });
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().stored().completeExceptionally(e);
                return;
            }
            log.warn("A batch of {} receipts failed ({}); storing them one by one", batch.size(), e.toString());
            for (Pending pending : batch) {
                write(List.of(pending));
            }
            return;
        }
        listener.committed(batch.size());
        for (Pending pending : batch) {
            pending.stored().complete(stored.contains(pending.receipt().receiptId()));
        }
    }

    /** Stops taking receipts, stores those already taken, and stops the writer threads. */
    @Override
    public void close() throws InterruptedException {
        open = false;
        for (Thread writer : writers) {
            writer.join(maxWait.toMillis());
        }
    }

    private record Pending(Receipt receipt, String trace, CompletableFuture<Boolean> stored) {}
}
