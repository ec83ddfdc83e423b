package com.trustpay.escrow.escrow.domain;

import com.trustpay.contracts.PaymentMode;

/**
 * The amounts one escrow may hold, per payment mode, as UPI enforces them (PROVIDERS.md §6.2). The payer always pays
 * TrustPay, a merchant: an intent link or dynamic QR and a merchant collect request are both P2M payments, limited
 * to ₹1 lakh per transaction (the raised P2M categories of Sep 2025 are for verified merchants in other trades), and
 * PSPs, Setu's dqr and PhonePe refuse less than ₹1. The limits are written per mode so that a mode-specific limit
 * has one place to go. A deployment may set a lower cap of its own ({@code trustpay.escrow.max-amount-paise}).
 */
public final class AmountLimits {

    /** ₹1: the least any UPI payment carries. */
    public static final long MIN_PAISE = 100;

    /** ₹1,00,000: UPI's per-transaction limit for a P2M payment. */
    public static final long P2M_PER_TRANSACTION_PAISE = 10_000_000;

    private AmountLimits() {}

    /** The least one UPI payment in this mode may carry (the same ₹1 in both modes today). */
    public static long minPaise(PaymentMode mode) {
        return switch (mode) {
            case INTENT, COLLECT -> MIN_PAISE;
        };
    }

    /** The most one UPI payment in this mode may carry. */
    public static long upiMaxPaise(PaymentMode mode) {
        return switch (mode) {
            case INTENT, COLLECT -> P2M_PER_TRANSACTION_PAISE;
        };
    }

    /** The most one escrow paid in this mode may hold: UPI's limit, or the deployment's own cap if lower. */
    public static long maxPaise(PaymentMode mode, long configuredMaxPaise) {
        return Math.min(upiMaxPaise(mode), configuredMaxPaise);
    }

    /**
     * Rupees as Indians write them, from paise: "₹1,00,000.00" (the last three digits, then groups of two).
     */
    public static String rupees(long paise) {
        String digits = Long.toString(Math.abs(paise) / 100);
        StringBuilder grouped = new StringBuilder();
        int head = digits.length() - 3;
        if (head <= 0) {
            grouped.append(digits);
        } else {
            String lead = digits.substring(0, head);
            for (int i = 0; i < lead.length(); i++) {
                if (i > 0 && (lead.length() - i) % 2 == 0) {
                    grouped.append(',');
                }
                grouped.append(lead.charAt(i));
            }
            grouped.append(',').append(digits, head, digits.length());
        }
        return (paise < 0 ? "-₹" : "₹") + grouped + String.format(".%02d", Math.abs(paise) % 100);
    }
}
