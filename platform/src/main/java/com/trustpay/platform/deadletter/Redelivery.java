package com.trustpay.platform.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Hands a record to the listener of this service that consumes its topic in {@code group}, on the caller's thread. */
public interface Redelivery {

    /** @throws RuntimeException whatever the listener threw, or when no listener of this service matches */
    void redeliver(String group, ConsumerRecord<String, byte[]> record);
}
