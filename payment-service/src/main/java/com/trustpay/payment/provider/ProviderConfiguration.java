package com.trustpay.payment.provider;

import com.trustpay.payment.provider.domain.CallInfo;
import com.trustpay.payment.provider.domain.PayoutListing;
import com.trustpay.payment.provider.domain.PayoutProvider;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.SettlementReports;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.payment.provider.razorpayx.RazorpayXClient;
import com.trustpay.payment.provider.razorpayx.RazorpayXProperties;
import com.trustpay.payment.provider.setu.SetuClient;
import com.trustpay.payment.provider.setu.SetuProperties;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the provider adapters behind their ports. */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

    @Bean
    UpiCollections upiCollections(SetuProperties props, Clock clock, ObjectProvider<ObservationRegistry> observations) {
        return new SetuClient(props, clock, observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    PayoutProvider payoutProvider(RazorpayXProperties props, ObjectProvider<ObservationRegistry> observations) {
        return new RazorpayXClient(props, observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /** The Setu adapter's settlement reports (a stand-in adapter without them answers every read as unknown). */
    @Bean
    SettlementReports settlementReports(UpiCollections collections) {
        if (collections instanceof SettlementReports reports) {
            // A view of the adapter, not the adapter itself: one bean per port, or UpiCollections would be two.
            return reports::settlementReport;
        }
        return day -> new ProviderResult.Unknown<>(
                "the collection provider offers no settlement report", new CallInfo("setu", "settlement report", 0, 0));
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
