package com.trustpay.payment.provider;

import com.trustpay.payment.provider.domain.PayoutProvider;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.payment.provider.razorpayx.RazorpayXClient;
import com.trustpay.payment.provider.razorpayx.RazorpayXProperties;
import com.trustpay.payment.provider.setu.SetuClient;
import com.trustpay.payment.provider.setu.SetuProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the provider adapters behind their ports. */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

    @Bean
    UpiCollections upiCollections(SetuProperties props, Clock clock) {
        return new SetuClient(props, clock);
    }

    @Bean
    PayoutProvider payoutProvider(RazorpayXProperties props) {
        return new RazorpayXClient(props);
    }
}
