package com.trustpay.sandbox.setu.dqr;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.setu.common.SetuProperties;
import com.trustpay.sandbox.setu.payments.PayerSimulator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Dynamic QR store and service. */
@Configuration(proxyBeanMethods = false)
class DqrConfiguration {

    @Bean
    DqrStore dqrStore() {
        return new DqrStore();
    }

    @Bean
    DqrService dqrService(
            DqrStore store,
            PayerSimulator payer,
            VirtualClock clock,
            SetuProperties props,
            @Value("${sandbox.setu.short-link-base}") String shortLinkBase) {
        return new DqrService(store, payer, clock, props, shortLinkBase);
    }
}
