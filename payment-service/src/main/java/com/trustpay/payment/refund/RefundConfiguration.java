package com.trustpay.payment.refund;

import com.trustpay.payment.attempt.AttemptProperties;
import com.trustpay.payment.attempt.application.ExcessRefunds;
import com.trustpay.payment.attempt.persistence.AttemptRepository;
import com.trustpay.payment.audit.application.AuditLog;
import com.trustpay.payment.ledger.application.Ledger;
import com.trustpay.payment.metrics.application.PaymentMeters;
import com.trustpay.payment.polling.PollingProperties;
import com.trustpay.payment.polling.application.DueWork;
import com.trustpay.payment.provider.setu.SetuProperties;
import com.trustpay.payment.refund.application.ExcessRefundsAdapter;
import com.trustpay.payment.refund.application.Refunds;
import com.trustpay.payment.refund.persistence.RefundRepository;
import com.trustpay.payment.routing.application.CollectionProviders;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires refunds; a lost create answer is recovered on the payment attempts' recovery settings. */
@Configuration(proxyBeanMethods = false)
class RefundConfiguration {

    /** Added to a provider call's worst case (4 × call-timeout) for the lease renewed before it. */
    private static final Duration CALL_LEASE_MARGIN = Duration.ofSeconds(5);

    @Bean
    RefundRepository refundRepository(JdbcTemplate jdbc) {
        return new RefundRepository(jdbc);
    }

    @Bean
    Refunds refunds(
            TransactionTemplate tx,
            ProcessedMessages processed,
            RefundRepository refunds,
            AttemptRepository attempts,
            CollectionProviders providers,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            AttemptProperties attemptProps,
            SetuProperties setuProps,
            PollingProperties polling,
            Ledger ledger,
            PaymentMeters meters) {
        return new Refunds(
                tx,
                processed,
                refunds,
                attempts,
                providers,
                outbox,
                audit,
                clock,
                new Refunds.Recovery(
                        attemptProps
                                .recoveryAfter()
                                .plus(setuProps.http().callTimeout().multipliedBy(4)),
                        attemptProps.recoveryAfter(),
                        attemptProps.maxCreateTries(),
                        setuProps.http().callTimeout().multipliedBy(4).plus(CALL_LEASE_MARGIN)),
                polling.schedule(),
                ledger,
                meters);
    }

    /** Settlement's way to give back excess money (ADR 0012), through {@link Refunds}. */
    @Bean
    ExcessRefunds excessRefunds(Refunds refunds, RefundRepository refundRows) {
        return new ExcessRefundsAdapter(refunds, refundRows);
    }

    /** Due refunds, read from Setu (or recovered) each polling round, each under its own lease. */
    @Bean
    DueWork refundPolls(RefundRepository refundRows, Refunds refunds, Clock clock) {
        return (max, lease) ->
                refundRows.workDue(clock, lease, max, (id, token) -> refunds.refreshClaimed(id, token, "poll"));
    }
}
