package com.trustpay.reconciliation.reconciliation.application;

import com.trustpay.reconciliation.reconciliation.domain.ProviderView;
import java.time.Instant;

/**
 * The port to the third side: payment-service's internal reconciliation reads (it alone calls providers). An
 * implementation never throws for a provider's or payment-service's trouble: it answers a view whose
 * {@link ProviderView#failures()} say what could not be read.
 */
public interface ProviderReads {

    ProviderView read(Instant from, Instant to);
}
