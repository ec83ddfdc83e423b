package com.trustpay.payment.provider.domain;

import java.util.Set;

/**
 * A payout as read from the provider.
 *
 * @param status RazorpayX status: {@code pending}, {@code queued}, {@code scheduled}, {@code processing},
 *     {@code processed}, {@code reversed}, {@code cancelled}, {@code rejected} or {@code failed}
 */
public record ProviderPayout(
        String id, String referenceId, long amountPaise, String status, String utr, String reasonCode, String reason) {

    private static final Set<String> FAILED = Set.of("failed", "rejected", "cancelled", "reversed");

    public boolean processed() {
        return "processed".equals(status);
    }

    /** Terminal without the payee being paid (a {@code reversed} payout returned the money). */
    public boolean failed() {
        return FAILED.contains(status);
    }

    public boolean reversed() {
        return "reversed".equals(status);
    }
}
