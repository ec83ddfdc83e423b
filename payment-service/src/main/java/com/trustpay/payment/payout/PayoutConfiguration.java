package com.trustpay.payment.payout;

import com.trustpay.payment.audit.application.AuditLog;
import com.trustpay.payment.ledger.application.Ledger;
import com.trustpay.payment.metrics.application.PaymentMeters;
import com.trustpay.payment.payout.application.Payouts;
import com.trustpay.payment.payout.persistence.PayoutRepository;
import com.trustpay.payment.polling.PollingProperties;
import com.trustpay.payment.polling.application.DueWork;
import com.trustpay.payment.provider.domain.PayoutProvider;
import com.trustpay.platform.crypto.FieldCipher;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.outbox.Outbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires payouts: tables and the release use case. */
@Configuration(proxyBeanMethods = false)
class PayoutConfiguration {

    @Bean
    PayoutRepository payoutRepository(JdbcTemplate jdbc, FieldCipher cipher) {
        return new PayoutRepository(jdbc, cipher);
    }

    @Bean
    Payouts payouts(
            TransactionTemplate tx,
            ProcessedMessages processed,
            PayoutRepository payouts,
            PayoutProvider provider,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            PayoutProperties props,
            PollingProperties polling,
            Ledger ledger,
            PaymentMeters meters) {
        return new Payouts(
                tx, processed, payouts, provider, outbox, audit, clock, props, polling.schedule(), ledger, meters);
    }

    /** Due payouts, read from (or re-sent to) the payout provider each polling round. */
    @Bean
    DueWork payoutPolls(PayoutRepository payoutRows, Payouts payouts, Clock clock) {
        return (max, lease) -> payoutRows.workDue(clock, lease, max, id -> payouts.refresh(id, "poll"));
    }

    /** Payout series whose backoff is over start their next attempt. */
    @Bean
    DueWork payoutRetries(Payouts payouts) {
        return (max, lease) -> payouts.startDueRetries(max);
    }
}
