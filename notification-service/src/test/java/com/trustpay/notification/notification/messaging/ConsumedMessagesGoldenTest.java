package com.trustpay.notification.notification.messaging;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.contracts.Topics;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.testsupport.contracts.ConsumedMessagesContract;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Every message of the five topics notification-service reads (escrow, payment, payout, ops and identity events)
 * decodes from its golden example with the service's own decoder.
 */
class ConsumedMessagesGoldenTest extends ConsumedMessagesContract {

    private static final Set<String> CONSUMED_TOPICS = Set.of(
            Topics.ESCROW_EVENTS,
            Topics.PAYMENT_EVENTS,
            Topics.PAYOUT_EVENTS,
            Topics.OPS_ALERTS,
            Topics.IDENTITY_EVENTS);

    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());

    @Override
    protected Collection<Class<? extends Message>> consumed() {
        List<Class<? extends Message>> types = MessageCatalog.all().stream()
                .filter(type -> CONSUMED_TOPICS.contains(type.topic()))
                .<Class<? extends Message>>map(MessageCatalog.MessageType::javaType)
                .toList();
        return types;
    }

    @Override
    protected Message decode(byte[] envelope) {
        return codec.decode(envelope).payload();
    }
}
