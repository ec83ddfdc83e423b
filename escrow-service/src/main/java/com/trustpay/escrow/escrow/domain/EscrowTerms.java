package com.trustpay.escrow.escrow.domain;

import com.trustpay.contracts.PaymentMode;

/**
 * What the creator proposes: a title, an optional description, the amount in paise, how the payer will be
 * asked to pay and how many days the payer has to inspect the delivery (ADR 0018). Only valid terms can be built.
 */
public record EscrowTerms(
        String title, String description, long amountPaise, PaymentMode paymentMode, int inspectionDays) {

    public static final int MIN_INSPECTION_DAYS = 1;
    public static final int MAX_INSPECTION_DAYS = 30;
    public static final int DEFAULT_INSPECTION_DAYS = 3;

    /** Terms with the default inspection period of {@value #DEFAULT_INSPECTION_DAYS} days. */
    public EscrowTerms(String title, String description, long amountPaise, PaymentMode paymentMode) {
        this(title, description, amountPaise, paymentMode, DEFAULT_INSPECTION_DAYS);
    }

    public static final int MAX_TITLE_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    /**
     * Checks raw input against the rules and the amount limits of the payment mode ({@link AmountLimits}): less than
     * ₹1 is {@code AMOUNT_TOO_SMALL}, more than UPI carries in one payment in that mode is
     * {@code AMOUNT_ABOVE_UPI_LIMIT}, more than this deployment's own lower cap is {@code AMOUNT_TOO_LARGE}; each
     * problem states the limit in rupees.
     *
     * @param maxAmountPaise this deployment's cap (₹1,00,000 unless configured lower)
     */
    public static EscrowTerms of(
            String title, String description, Long amountPaise, PaymentMode mode, long maxAmountPaise) {
        return of(title, description, amountPaise, mode, maxAmountPaise, null);
    }

    /**
     * Checks raw input as {@link #of(String, String, Long, PaymentMode, long)} does, and the inspection period:
     * {@value #MIN_INSPECTION_DAYS}–{@value #MAX_INSPECTION_DAYS} days, {@value #DEFAULT_INSPECTION_DAYS} when not
     * given ({@code INSPECTION_DAYS_OUT_OF_RANGE}).
     */
    public static EscrowTerms of(
            String title,
            String description,
            Long amountPaise,
            PaymentMode mode,
            long maxAmountPaise,
            Integer inspectionDays) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw new InvalidInputException("title", "TITLE_REQUIRED", "A title is required");
        }
        if (cleanTitle.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException(
                    "title", "TITLE_TOO_LONG", "The title may have at most " + MAX_TITLE_LENGTH + " characters");
        }
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanDescription != null && cleanDescription.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidInputException(
                    "description",
                    "DESCRIPTION_TOO_LONG",
                    "The description may have at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        if (amountPaise == null) {
            throw new InvalidInputException("amountPaise", "AMOUNT_REQUIRED", "amountPaise is required");
        }
        PaymentMode chosen = mode == null ? PaymentMode.INTENT : mode;
        if (amountPaise < AmountLimits.MIN_PAISE) {
            throw new InvalidInputException(
                    "amountPaise",
                    "AMOUNT_TOO_SMALL",
                    "The least one escrow can hold is " + AmountLimits.rupees(AmountLimits.MIN_PAISE));
        }
        long upiMax = AmountLimits.upiMaxPaise(chosen);
        if (amountPaise > upiMax) {
            throw new InvalidInputException(
                    "amountPaise",
                    "AMOUNT_ABOVE_UPI_LIMIT",
                    "The most one escrow can hold is " + AmountLimits.rupees(upiMax)
                            + ": UPI carries no more in one payment");
        }
        long max = AmountLimits.maxPaise(chosen, maxAmountPaise);
        if (amountPaise > max) {
            throw new InvalidInputException(
                    "amountPaise", "AMOUNT_TOO_LARGE", "The most one escrow can hold is " + AmountLimits.rupees(max));
        }
        int days = inspectionDays == null ? DEFAULT_INSPECTION_DAYS : inspectionDays;
        if (days < MIN_INSPECTION_DAYS || days > MAX_INSPECTION_DAYS) {
            throw new InvalidInputException(
                    "inspectionDays",
                    "INSPECTION_DAYS_OUT_OF_RANGE",
                    "The inspection period must be " + MIN_INSPECTION_DAYS + " to " + MAX_INSPECTION_DAYS + " days");
        }
        return new EscrowTerms(cleanTitle, cleanDescription, amountPaise, chosen, days);
    }
}
