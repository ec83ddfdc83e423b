package com.trustpay.platform;

import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.messaging.InboundMessages;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A minimal service built on the platform, for the platform's own integration tests. */
@SpringBootApplication
public class PlatformTestApplication {

    /** Applies PaymentSucceeded once per event id, the way a real service would. */
    @Component
    public static class PaymentListener {
        final AtomicInteger deliveries = new AtomicInteger();
        /** Escrows whose payments this listener refuses, as a bug or a missing rule would, until a test "fixes" it. */
        final Set<UUID> refused = ConcurrentHashMap.newKeySet();

        private final InboundMessages inbound;
        private final ProcessedMessages processed;
        private final JdbcTemplate jdbc;
        private final TransactionTemplate tx;

        PaymentListener(
                InboundMessages inbound, ProcessedMessages processed, JdbcTemplate jdbc, TransactionTemplate tx) {
            this.inbound = inbound;
            this.processed = processed;
            this.jdbc = jdbc;
            this.tx = tx;
        }

        @KafkaListener(topics = "#{topicNames.of('payment.events')}", groupId = "#{topicNames.group('platform-test')}")
        void on(ConsumerRecord<String, byte[]> record) {
            deliveries.incrementAndGet();
            inbound.handle(
                    record,
                    incoming -> tx.executeWithoutResult(status -> {
                        if (processed.firstDelivery(incoming.envelope().eventId())) {
                            PaymentSucceeded paid = incoming.payloadAs(PaymentSucceeded.class);
                            if (refused.contains(paid.escrowId())) {
                                throw new IllegalArgumentException("No rule for the payment of " + paid.escrowId());
                            }
                            jdbc.update(
                                    "INSERT INTO applied_payment (escrow_id, amount_paise) VALUES (?, ?)",
                                    paid.escrowId(),
                                    paid.amountPaise());
                        }
                    }));
        }
    }
}
