package com.trustpay.payment.routing;

import com.trustpay.payment.provider.domain.CallInfo;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.SettlementReports;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.payment.provider.phonepe.PhonePeClient;
import com.trustpay.payment.provider.phonepe.PhonePeProperties;
import com.trustpay.payment.provider.setu.SetuClient;
import com.trustpay.payment.provider.setu.SetuProperties;
import com.trustpay.payment.routing.application.CollectionProviders;
import com.trustpay.payment.routing.application.GuardedCollections;
import com.trustpay.payment.routing.domain.RoutingPolicy;
import com.trustpay.platform.scheduling.PeriodicJob;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the collection providers (Setu always; PhonePe when the routing order names it, with its credentials
 * required then), each behind its circuit breaker, and the routing over them.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    CollectionProviders collectionProviders(
            RoutingProperties routing,
            SetuProperties setu,
            PhonePeProperties phonePe,
            Clock clock,
            ObjectProvider<ObservationRegistry> observationsProvider) {
        ObservationRegistry observations = observationsProvider.getIfAvailable(() -> ObservationRegistry.NOOP);
        List<GuardedCollections> providers = new ArrayList<>();
        providers.add(guarded("setu", new SetuClient(setu, clock, observations), routing.breaker(), clock));
        if (routing.order().contains("phonepe")) {
            requireCredentials(phonePe);
            providers.add(
                    guarded("phonepe", new PhonePeClient(phonePe, clock, observations), routing.breaker(), clock));
        }
        return new CollectionProviders(providers, new RoutingPolicy(routing.providerRules()), routing.verification());
    }

    /** Setu's adapter, for the code that is Setu's alone (refunds of Setu payments, provider read-backs). */
    @Bean
    UpiCollections upiCollections(CollectionProviders providers) {
        return providers.of("setu");
    }

    /** Setu's settlement reports (an adapter without them answers every read as unknown). */
    @Bean
    SettlementReports settlementReports(CollectionProviders providers) {
        if (providers.adapter("setu") instanceof SettlementReports reports) {
            return reports::settlementReport;
        }
        return day -> new ProviderResult.Unknown<>(
                "the collection provider offers no settlement report", new CallInfo("setu", "settlement report", 0, 0));
    }

    @Bean
    PeriodicJob providerProbes(CollectionProviders providers, RoutingProperties routing) {
        return new PeriodicJob("collection-provider-probes", routing.probeEvery(), providers::probeOnce);
    }

    private static GuardedCollections guarded(
            String name, UpiCollections adapter, RoutingProperties.Breaker b, Clock clock) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(b.window())
                .minimumNumberOfCalls(b.minimumCalls())
                .failureRateThreshold(b.failureRatePercent())
                .waitDurationInOpenState(b.openFor())
                .permittedNumberOfCallsInHalfOpenState(b.probesToClose())
                .recordExceptions(GuardedCollections.ProviderUnavailable.class)
                .clock(clock)
                .build();
        return new GuardedCollections(name, adapter, CircuitBreaker.of("collections-" + name, config));
    }

    private static void requireCredentials(PhonePeProperties p) {
        if (blank(p.baseUrl()) || blank(p.clientId()) || blank(p.clientSecret())) {
            throw new IllegalStateException(
                    "payment.routing.order names phonepe, but payment.phonepe.base-url,"
                            + " client-id or client-secret (PHONEPE_BASE_URL, PHONEPE_CLIENT_ID, PHONEPE_CLIENT_SECRET) is empty");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
