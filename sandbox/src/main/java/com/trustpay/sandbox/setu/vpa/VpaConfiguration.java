package com.trustpay.sandbox.setu.vpa;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.setu.common.SetuNotifier;
import com.trustpay.sandbox.setu.common.SetuProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the VPA verification service. */
@Configuration(proxyBeanMethods = false)
class VpaConfiguration {

    @Bean
    VpaVerificationService vpaVerificationService(SetuNotifier notifier, VirtualClock clock, SetuProperties props) {
        return new VpaVerificationService(notifier, clock, props.vpaVerifyDelay());
    }
}
