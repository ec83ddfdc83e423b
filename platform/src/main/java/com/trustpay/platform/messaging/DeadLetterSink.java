package com.trustpay.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Where the consuming service keeps the records it dead-letters, before they are published to {@code <topic>.DLT}.
 * The platform's {@code DeadLetters} (a table, an admin alert, a gauge and a replay command) is the one
 * implementation; a service without a database has none, and its dead letters only reach the DLT.
 */
public interface DeadLetterSink {

    /**
     * Keeps {@code record} as dead-lettered by {@code group}. Recording the same record twice (a retried recovery)
     * keeps it once. Throwing keeps the record on its partition: it is retried and recovered again later.
     */
    void deadLettered(ConsumerRecord<?, ?> record, String group, Throwable failure, FailureKind kind);
}
