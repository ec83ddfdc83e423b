package com.trustpay.payment.metrics;

import com.trustpay.payment.metrics.application.PaymentMeters;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the business meters; the pending-age gauge is the attempt feature's (it reads the attempts' table). */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** The {@code provider} tags: the adapters' own names (SetuClient, PhonePeClient and RazorpayXClient, as in their CallInfo). */
    @Bean
    PaymentMeters paymentMeters(MeterRegistry registry) {
        return new PaymentMeters(registry, java.util.List.of("setu", "phonepe"), "razorpayx");
    }
}
