package com.trustpay.sandbox.clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the virtual clock with the configured speed factor ({@code sandbox.speed}, env {@code SANDBOX_SPEED}). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean(destroyMethod = "close")
    VirtualClock virtualClock(@Value("${sandbox.speed:1}") double speed) {
        return new VirtualClock(speed);
    }
}
