package com.trustpay.notification.directory.messaging;

import com.trustpay.contracts.identity.ContactChanged;
import com.trustpay.contracts.identity.UserRegistered;
import com.trustpay.notification.directory.application.IdentityProjection;
import com.trustpay.platform.messaging.InboundMessages;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/** Consumes {@code identity.events}: who the people behind user ids are. */
public class IdentityListener {

    private final InboundMessages inbound;
    private final IdentityProjection projection;

    public IdentityListener(InboundMessages inbound, IdentityProjection projection) {
        this.inbound = inbound;
        this.projection = projection;
    }

    @KafkaListener(
            id = "notification-identity-events",
            topics = "#{topicNames.of('identity.events')}",
            groupId = "#{topicNames.group('notification-service')}")
    void onIdentityEvent(ConsumerRecord<String, byte[]> record) {
        inbound.handle(record, incoming -> {
            switch (incoming.payload()) {
                case UserRegistered m ->
                    projection.personIs(incoming.envelope().eventId(), m.userId(), m.displayName(), m.email());
                case ContactChanged m ->
                    projection.personIs(incoming.envelope().eventId(), m.userId(), m.displayName(), m.email());
                default -> {
                    // another producer's addition to the topic: nothing to learn from it yet
                }
            }
        });
    }
}
