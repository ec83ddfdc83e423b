package com.trustpay.sandbox.setu.payments;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.setu.common.SetuNotifier;
import com.trustpay.sandbox.setu.common.SetuProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the payment store and the simulated payer. */
@Configuration(proxyBeanMethods = false)
class PaymentsConfiguration {

    @Bean
    PaymentStore paymentStore() {
        return new PaymentStore();
    }

    @Bean
    PayerSimulator payerSimulator(PaymentStore store, SetuNotifier notifier, VirtualClock clock, SetuProperties props) {
        return new PayerSimulator(store, notifier, clock, props.payerDelay());
    }
}
