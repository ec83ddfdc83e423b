package com.trustpay.payment.routing.domain;

import com.trustpay.contracts.PaymentMode;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one collection provider takes.
 *
 * @param modes the payment modes it is used for (all, when empty)
 * @param minAmountPaise the smallest amount it is given (PhonePe's minimum is 100 paise)
 * @param maxAmountPaise the largest amount it is given ({@code Long.MAX_VALUE}: no limit of ours)
 */
public record ProviderRule(String provider, Set<PaymentMode> modes, long minAmountPaise, long maxAmountPaise) {

    public ProviderRule {
        if (provider == null || provider.isBlank()) {
            throw new IllegalArgumentException("a routing rule needs a provider");
        }
        modes = modes == null || modes.isEmpty() ? EnumSet.allOf(PaymentMode.class) : Set.copyOf(modes);
        if (minAmountPaise < 0 || maxAmountPaise < minAmountPaise) {
            throw new IllegalArgumentException(
                    provider + ": amounts " + minAmountPaise + ".." + maxAmountPaise + " paise are no range");
        }
    }

    public static ProviderRule any(String provider) {
        return new ProviderRule(provider, Set.of(), 0, Long.MAX_VALUE);
    }

    public boolean accepts(PaymentMode mode, long amountPaise) {
        return modes.contains(mode) && amountPaise >= minAmountPaise && amountPaise <= maxAmountPaise;
    }
}
