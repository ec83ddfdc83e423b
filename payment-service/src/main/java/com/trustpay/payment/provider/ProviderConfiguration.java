package com.trustpay.payment.provider;

import com.trustpay.payment.provider.cashfree.CashfreePayoutsClient;
import com.trustpay.payment.provider.cashfree.CashfreeProperties;
import com.trustpay.payment.provider.domain.CallInfo;
import com.trustpay.payment.provider.domain.PayoutListing;
import com.trustpay.payment.provider.domain.PayoutProvider;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.razorpayx.RazorpayXClient;
import com.trustpay.payment.provider.razorpayx.RazorpayXProperties;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the payout adapter behind its ports (the collection providers are wired by routing). */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

    /**
     * The payout adapter {@code payment.payout.provider} names ({@code PAYOUT_PROVIDER}): {@code razorpayx} (the
     * default) or {@code cashfree}. One at a time: a payout series is read back from the provider that created it,
     * so switching is for a new deployment with no payout under way.
     */
    @Bean
    PayoutProvider payoutProvider(
            @Value("${payment.payout.provider:razorpayx}") String provider,
            RazorpayXProperties razorpayX,
            CashfreeProperties cashfree,
            ObjectProvider<ObservationRegistry> observations) {
        ObservationRegistry registry = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        return switch (provider.strip().toLowerCase(Locale.ROOT)) {
            case "razorpayx" -> new RazorpayXClient(razorpayX, registry);
            case "cashfree" -> {
                if (blank(cashfree.baseUrl()) || blank(cashfree.clientId()) || blank(cashfree.clientSecret())) {
                    throw new IllegalStateException(
                            "payment.payout.provider is cashfree, but payment.cashfree.base-url,"
                                    + " client-id or client-secret (CASHFREE_BASE_URL, CASHFREE_CLIENT_ID, CASHFREE_CLIENT_SECRET)"
                                    + " is empty");
                }
                yield new CashfreePayoutsClient(cashfree, registry);
            }
            default ->
                throw new IllegalStateException(
                        "payment.payout.provider (PAYOUT_PROVIDER) is '" + provider + "': razorpayx or cashfree");
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The payout adapter's own listing (a stand-in adapter without one answers every read as unknown). */
    @Bean
    PayoutListing payoutListing(
            PayoutProvider payouts, @Value("${payment.payout.provider:razorpayx}") String provider) {
        if (payouts instanceof PayoutListing listing) {
            return listing::payoutsCreated;
        }
        return (from, to) -> new ProviderResult.Unknown<>(
                "the payout provider offers no listing", new CallInfo(provider, "list payouts", 0, 0));
    }
}
