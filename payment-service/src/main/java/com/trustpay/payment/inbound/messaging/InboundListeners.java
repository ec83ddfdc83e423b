package com.trustpay.payment.inbound.messaging;

import com.trustpay.contracts.commands.CancelPaymentRequest;
import com.trustpay.contracts.commands.CheckPaymentStatus;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import com.trustpay.payment.attempt.application.PaymentRequests;
import com.trustpay.payment.inbound.application.WebhookHints;
import com.trustpay.payment.payout.application.Payouts;
import com.trustpay.payment.refund.application.Refunds;
import com.trustpay.platform.messaging.InboundMessages;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/** Kafka listeners for {@code escrow.commands} and {@code provider.webhooks} (consumer group payment-service). */
public class InboundListeners {

    private static final Logger log = LoggerFactory.getLogger(InboundListeners.class);

    private final InboundMessages inbound;
    private final PaymentRequests requests;
    private final Payouts payouts;
    private final Refunds refunds;
    private final WebhookHints webhooks;

    public InboundListeners(
            InboundMessages inbound,
            PaymentRequests requests,
            Payouts payouts,
            Refunds refunds,
            WebhookHints webhooks) {
        this.inbound = inbound;
        this.requests = requests;
        this.payouts = payouts;
        this.refunds = refunds;
        this.webhooks = webhooks;
    }

    @KafkaListener(
            id = "payment-commands",
            topics = "#{topicNames.of('escrow.commands')}",
            groupId = "#{topicNames.group('payment-service')}")
    void onCommand(ConsumerRecord<String, byte[]> record) {
        inbound.handle(record, incoming -> {
            UUID eventId = incoming.envelope().eventId();
            switch (incoming.payload()) {
                case RequestPayment c -> requests.request(eventId, c);
                case CheckPaymentStatus c -> requests.check(eventId, c);
                case CancelPaymentRequest c -> requests.cancel(eventId, c);
                case ReleaseFunds c -> payouts.release(eventId, c);
                case RefundPayment c -> refunds.refund(eventId, c);
                default ->
                    log.info(
                            "ignoring {} on escrow.commands",
                            incoming.envelope().type());
            }
        });
    }

    @KafkaListener(
            id = "payment-webhooks",
            topics = "#{topicNames.of('provider.webhooks')}",
            groupId = "#{topicNames.group('payment-service')}")
    void onWebhook(ConsumerRecord<String, byte[]> record) {
        inbound.handle(record, incoming -> {
            if (incoming.payload() instanceof ProviderWebhookReceived hook) {
                webhooks.handle(incoming.envelope().eventId(), hook);
            }
        });
    }
}
