package com.trustpay.payment.provider.setu;

/** Setu's {@code transactionNote}: 1–50 characters without brackets. */
final class SetuNotes {

    private SetuNotes() {}

    static String clean(String note) {
        if (note == null) {
            return null;
        }
        String cleaned = note.replaceAll("[(){}\\[\\]<>]", "").strip();
        cleaned = cleaned.length() > 50 ? cleaned.substring(0, 50).strip() : cleaned;
        return cleaned.isEmpty() ? null : cleaned;
    }
}
