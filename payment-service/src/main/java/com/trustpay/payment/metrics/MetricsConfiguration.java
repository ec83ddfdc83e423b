package com.trustpay.payment.metrics;

import com.trustpay.payment.metrics.application.PaymentMeters;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the business meters; the pending-age gauge is the attempt feature's (it reads the attempts' table). */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /**
     * The {@code provider} tags: the adapters' own names (SetuClient, PhonePeClient, and the payout adapter chosen by
     * {@code payment.payout.provider}: RazorpayXClient or CashfreePayoutsClient, as in their CallInfo).
     */
    @Bean
    PaymentMeters paymentMeters(
            MeterRegistry registry,
            @org.springframework.beans.factory.annotation.Value("${payment.payout.provider:razorpayx}")
                    String payouts) {
        return new PaymentMeters(
                registry, java.util.List.of("setu", "phonepe"), payouts.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
