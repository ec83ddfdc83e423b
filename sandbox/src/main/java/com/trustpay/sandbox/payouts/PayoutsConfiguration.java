package com.trustpay.sandbox.payouts;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.webhooks.WebhookOutbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the payout service and its webhook notifier. */
@Configuration(proxyBeanMethods = false)
class PayoutsConfiguration {

    @Bean
    PayoutService payoutService(VirtualClock clock, PayoutProperties props, WebhookOutbox outbox) {
        return new PayoutService(new PayoutNotifier(outbox, props.accountId()), clock, props);
    }
}
