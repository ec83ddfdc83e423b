package com.trustpay.reconciliation.reconciliation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * reconciliation-service's settings ({@code trustpay.reconciliation.*}).
 *
 * @param stuckPaymentAfter a payment open this long after its request (and past its validity) is STUCK_PENDING
 * @param stuckPayoutAfter a payout or refund processing this long is STUCK_PENDING
 * @param settleLag how long one side may trail the other before a disagreement counts
 * @param rollingEvery the rolling window's length and how often it runs
 * @param dailyCheckEvery how often an instance checks whether yesterday's (IST) run is done
 * @param scheduled whether this instance runs the scheduled runs at all
 * @param reportPageSize mismatches per {@code ReconciliationReport} message
 * @param paymentService where the third side (the providers, through payment-service's internal API) is read
 */
@ConfigurationProperties("trustpay.reconciliation")
public record ReconciliationProperties(
        @DefaultValue("30m") Duration stuckPaymentAfter,
        @DefaultValue("2h") Duration stuckPayoutAfter,
        @DefaultValue("2m") Duration settleLag,
        @DefaultValue("15m") Duration rollingEvery,
        @DefaultValue("5m") Duration dailyCheckEvery,
        @DefaultValue("true") boolean scheduled,
        @DefaultValue("500") int reportPageSize,
        @DefaultValue PaymentService paymentService) {

    /**
     * payment-service's internal reconciliation reads.
     *
     * @param url its base URL (internal, never the gateway); blank: no third side (refused outside the sandbox)
     * @param internalToken its {@code X-Internal-Token}; the sandbox profile's default is public
     * @param timeout per request; payment-service reads each transaction back from its provider
     */
    public record PaymentService(
            String url,
            String internalToken,
            @DefaultValue("60s") java.time.Duration timeout) {}
}
