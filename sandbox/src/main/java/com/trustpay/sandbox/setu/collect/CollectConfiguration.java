package com.trustpay.sandbox.setu.collect;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.setu.common.SetuProperties;
import com.trustpay.sandbox.setu.payments.PayerSimulator;
import com.trustpay.sandbox.setu.payments.PaymentStore;
import com.trustpay.sandbox.setu.payments.ProductInstanceStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the collect store and service. */
@Configuration(proxyBeanMethods = false)
class CollectConfiguration {

    @Bean
    ProductInstanceStore<Collect> collectStore() {
        return new ProductInstanceStore<>("collect request");
    }

    @Bean
    CollectService collectService(
            ProductInstanceStore<Collect> store,
            PaymentStore payments,
            PayerSimulator payer,
            VirtualClock clock,
            SetuProperties props) {
        return new CollectService(store, payments, payer, clock, props);
    }
}
