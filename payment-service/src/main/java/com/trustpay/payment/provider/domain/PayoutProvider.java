package com.trustpay.payment.provider.domain;

/**
 * Pays money out to a VPA. The first adapter speaks RazorpayX; Setu has no payout API. The idempotency key is
 * stored by the caller before {@link #create} and re-sent unchanged until the payout is terminal, so a create
 * whose answer was lost is repeated safely.
 */
public interface PayoutProvider {

    ProviderResult<ProviderPayout> create(PayoutSpec spec);

    ProviderResult<ProviderPayout> read(String payoutId);
}
