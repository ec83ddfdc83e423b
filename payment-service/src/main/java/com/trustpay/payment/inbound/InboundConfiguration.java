package com.trustpay.payment.inbound;

import com.trustpay.payment.attempt.application.AttemptSettlement;
import com.trustpay.payment.attempt.application.PaymentRequests;
import com.trustpay.payment.attempt.persistence.AttemptRepository;
import com.trustpay.payment.audit.application.AuditLog;
import com.trustpay.payment.inbound.application.WebhookHints;
import com.trustpay.payment.inbound.messaging.InboundListeners;
import com.trustpay.payment.payout.application.Payouts;
import com.trustpay.payment.payout.persistence.PayoutRepository;
import com.trustpay.payment.refund.application.Refunds;
import com.trustpay.payment.refund.persistence.RefundRepository;
import com.trustpay.payment.routing.application.CollectionProviders;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.messaging.InboundMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the Kafka listeners and webhook matching. */
@Configuration(proxyBeanMethods = false)
class InboundConfiguration {

    @Bean
    WebhookHints webhookHints(
            TransactionTemplate tx,
            ProcessedMessages processed,
            AttemptRepository attempts,
            AttemptSettlement settlement,
            PayoutRepository payoutRows,
            Payouts payouts,
            RefundRepository refundRows,
            Refunds refunds,
            AuditLog audit,
            CollectionProviders providers) {
        return new WebhookHints(
                tx, processed, attempts, settlement, payoutRows, payouts, refundRows, refunds, audit, providers);
    }

    @Bean
    InboundListeners inboundListeners(
            InboundMessages inbound, PaymentRequests requests, Payouts payouts, Refunds refunds, WebhookHints hooks) {
        return new InboundListeners(inbound, requests, payouts, refunds, hooks);
    }
}
