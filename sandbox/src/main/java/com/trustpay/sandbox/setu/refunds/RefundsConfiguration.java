package com.trustpay.sandbox.setu.refunds;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.setu.common.SetuNotifier;
import com.trustpay.sandbox.setu.common.SetuProperties;
import com.trustpay.sandbox.setu.payments.PaymentStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the refund service. */
@Configuration(proxyBeanMethods = false)
class RefundsConfiguration {

    @Bean
    RefundService refundService(
            PaymentStore payments, SetuNotifier notifier, VirtualClock clock, SetuProperties props) {
        return new RefundService(payments, notifier, clock, props);
    }
}
