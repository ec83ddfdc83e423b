package com.trustpay.sandbox.setu.dqr;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.setu.common.SetuProperties;
import com.trustpay.sandbox.setu.payments.PayerSimulator;
import com.trustpay.sandbox.setu.payments.ProductInstanceStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Dynamic QR store and service. */
@Configuration(proxyBeanMethods = false)
class DqrConfiguration {

    @Bean
    ProductInstanceStore<Dqr> dqrStore() {
        return new ProductInstanceStore<>("dqr");
    }

    @Bean
    DqrService dqrService(
            ProductInstanceStore<Dqr> store, PayerSimulator payer, VirtualClock clock, SetuProperties props) {
        return new DqrService(store, payer, clock, props);
    }
}
