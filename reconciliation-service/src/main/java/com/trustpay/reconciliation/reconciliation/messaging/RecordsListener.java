package com.trustpay.reconciliation.reconciliation.messaging;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.platform.messaging.InboundMessages;
import com.trustpay.platform.messaging.Incoming;
import com.trustpay.reconciliation.reconciliation.application.Projections;
import com.trustpay.reconciliation.reconciliation.domain.Matcher;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes {@code escrow.events} (escrow-service's side), {@code payment.events} and {@code payout.events}
 * (payment-service's side), and from {@code ops.alerts} the two facts payment-service reports only as alerts: a
 * payout reversed after success and a second payout processed.
 */
public class RecordsListener {

    /** payment-service's alerts that are facts about money, not only notices. */
    private static final Set<String> PAYMENT_FACTS = Set.of(Matcher.REVERSAL_FLAG, Matcher.DOUBLE_PAYOUT_FLAG);

    private static final String PAYMENT_SERVICE = "payment-service";

    private final InboundMessages inbound;
    private final Projections projections;

    public RecordsListener(InboundMessages inbound, Projections projections) {
        this.inbound = inbound;
        this.projections = projections;
    }

    @KafkaListener(
            id = "reconciliation-escrow-events",
            topics = "#{topicNames.of('escrow.events')}",
            groupId = "#{topicNames.group('reconciliation-service')}")
    void onEscrowEvent(ConsumerRecord<String, byte[]> record) {
        inbound.handle(record, incoming -> EscrowChanges.of(incoming)
                .ifPresentOrElse(
                        change -> projections.escrowChanged(incoming.envelope().eventId(), change),
                        () -> projections.ignored(incoming.envelope().eventId())));
    }

    @KafkaListener(
            id = "reconciliation-payment-events",
            topics = {"#{topicNames.of('payment.events')}", "#{topicNames.of('payout.events')}"},
            groupId = "#{topicNames.group('reconciliation-service')}")
    void onPaymentEvent(ConsumerRecord<String, byte[]> record) {
        inbound.handle(record, incoming -> RecordChanges.of(incoming)
                .ifPresentOrElse(
                        change -> projections.recordChanged(incoming.envelope().eventId(), change),
                        () -> projections.ignored(incoming.envelope().eventId())));
    }

    @KafkaListener(
            id = "reconciliation-ops-alerts",
            topics = "#{topicNames.of('ops.alerts')}",
            groupId = "#{topicNames.group('reconciliation-service')}")
    void onAlert(ConsumerRecord<String, byte[]> record) {
        inbound.handle(record, this::alert);
    }

    private void alert(Incoming incoming) {
        Message payload = incoming.payload();
        if (payload instanceof AdminAlert a
                && PAYMENT_SERVICE.equals(a.source())
                && PAYMENT_FACTS.contains(a.kind())
                && a.escrowId() != null) {
            projections.flagged(incoming.envelope().eventId(), a.escrowId(), a.kind(), a.detail(), a.raisedAt());
        }
    }
}
