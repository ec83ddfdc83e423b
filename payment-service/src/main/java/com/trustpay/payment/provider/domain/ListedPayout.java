package com.trustpay.payment.provider.domain;

import java.time.Instant;

/** A payout as the provider's own listing shows it, with when the provider created it. */
public record ListedPayout(ProviderPayout payout, Instant createdAt) {}
