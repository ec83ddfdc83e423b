package com.trustpay.notification.notification.messaging;

import com.trustpay.notification.notification.application.Notify;
import com.trustpay.platform.messaging.InboundMessages;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes the four topics people and operators learn from and hands each poll to {@link Notify} as one transaction
 * ({@link InboundMessages#handleBatch}): one commit a poll, not one a record, is what lets a burst of events become
 * notifications at thousands a second. A record that fails on its own is retried or dead-lettered exactly as a
 * record listener's would be; one that is not a TrustPay message goes to the topic's DLT.
 */
public class EventListener {

    /** The container factory of these listeners: batch listeners, one acknowledgement a poll. */
    public static final String BATCH_FACTORY = "notificationBatchListenerFactory";

    private final InboundMessages inbound;
    private final Notify notify;

    public EventListener(InboundMessages inbound, Notify notify) {
        this.inbound = inbound;
        this.notify = notify;
    }

    @KafkaListener(
            id = "notification-escrow-events",
            topics = "#{topicNames.of('escrow.events')}",
            groupId = "#{topicNames.group('notification-service')}",
            containerFactory = BATCH_FACTORY)
    void onEscrowEvents(List<ConsumerRecord<String, byte[]>> records) {
        handle(records);
    }

    @KafkaListener(
            id = "notification-payment-events",
            topics = {"#{topicNames.of('payment.events')}", "#{topicNames.of('payout.events')}"},
            groupId = "#{topicNames.group('notification-service')}",
            containerFactory = BATCH_FACTORY)
    void onProviderEvents(List<ConsumerRecord<String, byte[]>> records) {
        handle(records);
    }

    @KafkaListener(
            id = "notification-ops-alerts",
            topics = "#{topicNames.of('ops.alerts')}",
            groupId = "#{topicNames.group('notification-service')}",
            containerFactory = BATCH_FACTORY)
    void onAdminAlerts(List<ConsumerRecord<String, byte[]>> records) {
        handle(records);
    }

    private void handle(List<ConsumerRecord<String, byte[]>> records) {
        inbound.handleBatch(records, notify::inTransaction, notify::handleInTransaction);
    }
}
