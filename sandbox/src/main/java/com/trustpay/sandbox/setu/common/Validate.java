package com.trustpay.sandbox.setu.common;

import java.util.Map;
import java.util.regex.Pattern;

/** Setu's request validation rules (PROVIDERS.md 1.4, 1.5, 1.7, 7.1); each failure is a 400 bad-request. */
public final class Validate {

    public static final Pattern CUSTOMER_VPA = Pattern.compile("^[A-Za-z0-9.-]*@[a-zA-Z0-9.-]*$");
    public static final Pattern DQR_MERCHANT_VPA = Pattern.compile("^[a-z0-9.-]*@[a-zA-Z]*$");
    private static final Pattern BRACKETS = Pattern.compile("[(){}\\[\\]<>]");

    private Validate() {}

    public static String required(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw SetuException.badRequest(field + " is required");
        }
        return value;
    }

    public static String customerVpa(String vpa, String field) {
        required(vpa, field);
        if (!CUSTOMER_VPA.matcher(vpa).matches()) {
            throw SetuException.badRequest(field + " is not a valid VPA");
        }
        return vpa;
    }

    public static String referenceId(String referenceId) {
        if (referenceId != null && (referenceId.isEmpty() || referenceId.length() > 255)) {
            throw SetuException.badRequest("referenceId must be 1-255 characters");
        }
        return referenceId;
    }

    public static String transactionNote(String note) {
        if (note == null) {
            return null;
        }
        if (note.isEmpty() || note.length() > 50) {
            throw SetuException.badRequest("transactionNote must be 1-50 characters");
        }
        if (BRACKETS.matcher(note).find()) {
            throw SetuException.badRequest("transactionNote must not contain brackets");
        }
        return note;
    }

    public static Map<String, String> metadata(Map<String, String> metadata) {
        if (metadata != null && metadata.size() > 5) {
            throw SetuException.badRequest("metadata allows at most 5 keys");
        }
        return metadata;
    }

    /** Accepts {@code referenceId} and the guide spelling {@code merchantReferenceId}. */
    public static String eitherReference(String referenceId, String merchantReferenceId) {
        return referenceId(referenceId != null ? referenceId : merchantReferenceId);
    }
}
