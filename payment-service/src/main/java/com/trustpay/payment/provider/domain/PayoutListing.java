package com.trustpay.payment.provider.domain;

import java.time.Instant;
import java.util.List;

/**
 * The payout provider's own listing of the business account's payouts: what reconciliation compares with what we
 * recorded, so that a payout we never heard of is found too.
 */
public interface PayoutListing {

    /** Every payout the provider created in {@code [from, to)}, all pages read; any failed page fails the whole. */
    ProviderResult<List<ListedPayout>> payoutsCreated(Instant from, Instant to);
}
