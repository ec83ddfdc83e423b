package com.trustpay.escrow.escrow.messaging;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentReturned;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutReversed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.escrow.escrow.application.EscrowOutcomes;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.escrow.escrow.domain.PaymentOffer;
import com.trustpay.escrow.escrow.domain.PaymentReceipt;
import com.trustpay.escrow.escrow.domain.PaymentStatus;
import com.trustpay.platform.messaging.InboundMessages;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes {@code payment.events} and {@code payout.events} and turns each message into a call on the escrow.
 * Messages that mean nothing to an escrow (RefundInitiated) are only recorded as processed.
 */
public class ProviderOutcomeListener {

    private final InboundMessages inbound;
    private final EscrowOutcomes outcomes;
    private final Clock clock;

    public ProviderOutcomeListener(InboundMessages inbound, EscrowOutcomes outcomes, Clock clock) {
        this.inbound = inbound;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @KafkaListener(
            id = "escrow-payment-events",
            topics = "#{topicNames.of('payment.events')}",
            groupId = "#{topicNames.group('escrow-service')}")
    void onPaymentEvent(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @KafkaListener(
            id = "escrow-payout-events",
            topics = "#{topicNames.of('payout.events')}",
            groupId = "#{topicNames.group('escrow-service')}")
    void onPayoutEvent(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        inbound.handle(record, incoming -> {
            Message message = incoming.payload();
            outcomes.apply(incoming.envelope().eventId(), message.escrowId(), change(message));
        });
    }

    /** What the message does to an escrow. */
    Function<Escrow, List<EscrowEvent>> change(Message message) {
        return escrow -> switch (message) {
            case PaymentRequested m ->
                escrow.paymentOffered(new PaymentOffer(
                        m.attempt(),
                        m.paymentReference(),
                        m.intentLink(),
                        m.shortLink(),
                        m.qrPngBase64(),
                        m.collectId(),
                        m.expiresAt()));
            case PaymentSucceeded m ->
                escrow.paymentSucceeded(
                        new PaymentReceipt(
                                m.attempt(),
                                m.paymentReference(),
                                m.amountPaise(),
                                m.providerPaymentId(),
                                m.rrn(),
                                m.payerVpa(),
                                m.paidAt() == null ? clock.instant() : m.paidAt()),
                        clock.instant());
            case PaymentFailed m ->
                escrow.paymentLapsed(
                        m.attempt(), PaymentStatus.FAILED, reason(m.reasonCode(), m.reason()), clock.instant());
            case PaymentReturned m ->
                escrow.paymentReturned(m.attempt(), m.amountPaise(), m.reasonCode(), m.refundReference());
            case PaymentExpired m ->
                escrow.paymentLapsed(
                        m.attempt(), PaymentStatus.EXPIRED, "The payment request expired", clock.instant());
            case RefundSucceeded m ->
                escrow.refundSucceeded(m.refundReference(), m.amountPaise(), at(m.completedAt()), clock.instant());
            case RefundFailed m ->
                escrow.refundFailed(
                        m.refundReference(), m.amountPaise(), reason(m.reasonCode(), m.reason()), clock.instant());
            case PayoutInitiated m -> escrow.payoutInitiated(m.payoutReference(), at(m.initiatedAt()), m.milestone());
            case PayoutRetryScheduled m -> escrow.payoutRetryScheduled(m.reason(), clock.instant());
            case PayoutSucceeded m ->
                escrow.payoutSucceeded(
                        m.payoutReference(),
                        m.utr(),
                        m.amountPaise(),
                        at(m.completedAt()),
                        clock.instant(),
                        m.milestone());
            case PayoutReversed m ->
                escrow.payoutReversed(m.payoutReference(), m.amountPaise(), m.reason(), clock.instant(), m.milestone());
            case PayoutFailed m ->
                escrow.payoutFailed(m.round(), reason(m.reasonCode(), m.reason()), clock.instant(), m.milestone());
            default -> List.of();
        };
    }

    private java.time.Instant at(java.time.Instant reported) {
        return reported == null ? clock.instant() : reported;
    }

    private static String reason(String code, String words) {
        if (code == null) {
            return words;
        }
        return words == null ? code : code + ": " + words;
    }
}
