package com.trustpay.payment.provider.domain;

import java.util.Optional;

/**
 * Pays money out to a VPA. The first adapter speaks RazorpayX; Setu has no payout API. The caller stores the
 * idempotency key and the exact request body ({@link #requestBody}) before the first {@link #create}, and re-sends
 * those same bytes under that key until the payout is terminal, so a create whose answer was lost is repeated
 * safely and can never be refused as "same key, different body".
 */
public interface PayoutProvider {

    /** The request body for {@code spec}, exactly as it is to be sent (and re-sent). */
    byte[] requestBody(PayoutSpec spec);

    /** Sends a stored body under its idempotency key. */
    ProviderResult<ProviderPayout> create(String idempotencyKey, byte[] body);

    default ProviderResult<ProviderPayout> create(PayoutSpec spec) {
        return create(spec.idempotencyKey(), requestBody(spec));
    }

    ProviderResult<ProviderPayout> read(String payoutId);

    /** The payout carrying our reference, if the provider has one: settles a create whose outcome is unknown. */
    ProviderResult<Optional<ProviderPayout>> findByReference(String reference);
}
