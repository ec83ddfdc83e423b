package com.trustpay.notification.notification.messaging;

import com.trustpay.notification.notification.application.Notify;
import com.trustpay.platform.messaging.InboundMessages;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes the four topics people and operators learn from and hands each message to {@link Notify}. A record that is
 * not a TrustPay message goes to the topic's DLT (the platform's error handler).
 */
public class EventListener {

    private final InboundMessages inbound;
    private final Notify notify;

    public EventListener(InboundMessages inbound, Notify notify) {
        this.inbound = inbound;
        this.notify = notify;
    }

    @KafkaListener(
            id = "notification-escrow-events",
            topics = "#{topicNames.of('escrow.events')}",
            groupId = "#{topicNames.group('notification-service')}")
    void onEscrowEvent(ConsumerRecord<String, byte[]> record) {
        inbound.handle(record, notify::handle);
    }

    @KafkaListener(
            id = "notification-payment-events",
            topics = {"#{topicNames.of('payment.events')}", "#{topicNames.of('payout.events')}"},
            groupId = "#{topicNames.group('notification-service')}")
    void onProviderEvent(ConsumerRecord<String, byte[]> record) {
        inbound.handle(record, notify::handle);
    }

    @KafkaListener(
            id = "notification-ops-alerts",
            topics = "#{topicNames.of('ops.alerts')}",
            groupId = "#{topicNames.group('notification-service')}")
    void onAdminAlert(ConsumerRecord<String, byte[]> record) {
        inbound.handle(record, notify::handle);
    }
}
