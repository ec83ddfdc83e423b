package com.trustpay.sandbox.setu.collect;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.setu.common.SetuProperties;
import com.trustpay.sandbox.setu.payments.PayerSimulator;
import com.trustpay.sandbox.setu.payments.PaymentStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the collect store and service. */
@Configuration(proxyBeanMethods = false)
class CollectConfiguration {

    @Bean
    CollectStore collectStore() {
        return new CollectStore();
    }

    @Bean
    CollectService collectService(
            CollectStore store, PaymentStore payments, PayerSimulator payer, VirtualClock clock, SetuProperties props) {
        return new CollectService(store, payments, payer, clock, props);
    }
}
