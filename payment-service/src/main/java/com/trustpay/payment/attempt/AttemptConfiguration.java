package com.trustpay.payment.attempt;

import com.trustpay.payment.attempt.application.AttemptSettlement;
import com.trustpay.payment.attempt.application.ExcessRefunds;
import com.trustpay.payment.attempt.application.PaymentRequests;
import com.trustpay.payment.attempt.persistence.AttemptRepository;
import com.trustpay.payment.audit.application.AuditLog;
import com.trustpay.payment.ledger.application.Ledger;
import com.trustpay.payment.metrics.application.PaymentMeters;
import com.trustpay.payment.polling.PollingProperties;
import com.trustpay.payment.polling.application.DueWork;
import com.trustpay.payment.routing.application.CollectionProviders;
import com.trustpay.platform.crypto.FieldCipher;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.outbox.Outbox;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires payment attempts: table, settlement and the command use cases. */
@Configuration(proxyBeanMethods = false)
class AttemptConfiguration {

    @Bean
    AttemptRepository attemptRepository(JdbcTemplate jdbc, FieldCipher cipher) {
        return new AttemptRepository(jdbc, cipher);
    }

    @Bean
    AttemptSettlement attemptSettlement(
            TransactionTemplate tx,
            AttemptRepository attempts,
            CollectionProviders providers,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            AttemptProperties props,
            PollingProperties polling,
            Ledger ledger,
            ExcessRefunds refunds,
            PaymentMeters meters) {
        return new AttemptSettlement(
                tx, attempts, providers, outbox, audit, clock, props, polling.schedule(), ledger, refunds, meters);
    }

    @Bean
    PaymentRequests paymentRequests(
            TransactionTemplate tx,
            ProcessedMessages processed,
            AttemptRepository attempts,
            AttemptSettlement settlement,
            CollectionProviders providers,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            AttemptProperties props,
            PaymentMeters meters) {
        return new PaymentRequests(tx, processed, attempts, settlement, providers, outbox, audit, clock, props, meters);
    }

    /**
     * {@code trustpay.payments.pending.oldest.age} per collection provider: its oldest open attempt, from the table
     * (every replica agrees).
     */
    @Bean
    MeterBinder pendingPaymentAge(AttemptRepository attempts, Clock clock) {
        // Kept by the bean: a gauge holds its state weakly, so the binders (and their state) must stay referenced.
        List<MeterBinder> perProvider = List.of("setu", "phonepe").stream()
                .map(provider ->
                        PaymentMeters.pendingAge(provider, () -> attempts.oldestOpenCreatedAt(provider), clock))
                .toList();
        return registry -> perProvider.forEach(binder -> binder.bindTo(registry));
    }

    /** Due attempts, read from Setu each polling round. */
    @Bean
    DueWork attemptPolls(AttemptRepository attempts, AttemptSettlement settlement, Clock clock) {
        return (max, lease) -> attempts.workDue(clock, lease, max, id -> settlement.refresh(id, "poll"));
    }
}
