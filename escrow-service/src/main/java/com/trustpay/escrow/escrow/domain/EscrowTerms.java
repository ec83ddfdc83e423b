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

    public static final long MIN_AMOUNT_PAISE = 100;
    public static final int MAX_TITLE_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    /**
     * Checks raw input against the rules and the configured upper limit.
     *
     * @param maxAmountPaise the largest amount accepted (₹1,00,000 unless configured otherwise)
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
        if (amountPaise < MIN_AMOUNT_PAISE) {
            throw new InvalidInputException(
                    "amountPaise",
                    "AMOUNT_TOO_SMALL",
                    "The amount must be at least " + MIN_AMOUNT_PAISE + " paise (₹1)");
        }
        if (amountPaise > maxAmountPaise) {
            throw new InvalidInputException(
                    "amountPaise", "AMOUNT_TOO_LARGE", "The amount may be at most " + maxAmountPaise + " paise");
        }
        int days = inspectionDays == null ? DEFAULT_INSPECTION_DAYS : inspectionDays;
        if (days < MIN_INSPECTION_DAYS || days > MAX_INSPECTION_DAYS) {
            throw new InvalidInputException(
                    "inspectionDays",
                    "INSPECTION_DAYS_OUT_OF_RANGE",
                    "The inspection period must be " + MIN_INSPECTION_DAYS + " to " + MAX_INSPECTION_DAYS + " days");
        }
        return new EscrowTerms(
                cleanTitle, cleanDescription, amountPaise, mode == null ? PaymentMode.INTENT : mode, days);
    }
}
