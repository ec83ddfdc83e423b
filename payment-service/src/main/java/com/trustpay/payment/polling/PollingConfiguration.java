package com.trustpay.payment.polling;

import com.trustpay.payment.attempt.application.AttemptSettlement;
import com.trustpay.payment.attempt.persistence.AttemptRepository;
import com.trustpay.payment.payout.application.Payouts;
import com.trustpay.payment.payout.persistence.PayoutRepository;
import com.trustpay.payment.polling.application.Poller;
import com.trustpay.payment.refund.application.Refunds;
import com.trustpay.payment.refund.persistence.RefundRepository;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the poller and runs it every {@code payment.polling.tick} (off with {@code payment.polling.enabled=false}). */
@Configuration(proxyBeanMethods = false)
class PollingConfiguration {

    @Bean
    Poller poller(
            TransactionTemplate tx,
            AttemptRepository attempts,
            AttemptSettlement settlement,
            PayoutRepository payoutRows,
            Payouts payouts,
            RefundRepository refundRows,
            Refunds refunds,
            Clock clock,
            PollingProperties props) {
        return new Poller(tx, attempts, settlement, payoutRows, payouts, refundRows, refunds, clock, props);
    }

    @Bean
    @ConditionalOnProperty(name = "payment.polling.enabled", matchIfMissing = true)
    PollingSchedule pollingSchedule(Poller poller) {
        return new PollingSchedule(poller);
    }

    /** The scheduled trigger. */
    static class PollingSchedule {

        private final Poller poller;

        PollingSchedule(Poller poller) {
            this.poller = poller;
        }

        @Scheduled(fixedDelayString = "${payment.polling.tick:1s}", initialDelayString = "${payment.polling.tick:1s}")
        void tick() {
            poller.pollOnce();
        }
    }
}
