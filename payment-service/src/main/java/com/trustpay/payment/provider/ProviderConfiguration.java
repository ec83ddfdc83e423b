package com.trustpay.payment.provider;

import com.trustpay.payment.provider.domain.CallInfo;
import com.trustpay.payment.provider.domain.PayoutListing;
import com.trustpay.payment.provider.domain.PayoutProvider;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.razorpayx.RazorpayXClient;
import com.trustpay.payment.provider.razorpayx.RazorpayXProperties;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the payout adapter behind its ports (the collection providers are wired by routing). */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

    @Bean
    PayoutProvider payoutProvider(RazorpayXProperties props, ObjectProvider<ObservationRegistry> observations) {
        return new RazorpayXClient(props, observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /** The payout adapter's own listing (a stand-in adapter without one answers every read as unknown). */
    @Bean
    PayoutListing payoutListing(PayoutProvider payouts) {
        if (payouts instanceof PayoutListing listing) {
            return listing::payoutsCreated;
        }
        return (from, to) -> new ProviderResult.Unknown<>(
                "the payout provider offers no listing", new CallInfo("razorpayx", "list payouts", 0, 0));
    }
}
