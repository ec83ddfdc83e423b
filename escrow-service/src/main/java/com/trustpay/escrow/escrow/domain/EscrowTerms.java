package com.trustpay.escrow.escrow.domain;

import com.trustpay.contracts.PaymentMode;

/**
 * What the creator proposes: a title, an optional description, the amount in paise and how the payer will be
 * asked to pay. Only valid terms can be built.
 */
public record EscrowTerms(String title, String description, long amountPaise, PaymentMode paymentMode) {

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
        return new EscrowTerms(cleanTitle, cleanDescription, amountPaise, mode == null ? PaymentMode.INTENT : mode);
    }
}
