package com.trustpay.escrow.escrow.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UPI virtual payment address, {@code localpart@handle}, checked the way PROVIDERS.md §6.1 suggests: trimmed,
 * exactly one {@code @}, local part {@code [A-Za-z0-9._-]{1,64}}, handle {@code [A-Za-z0-9.-]{2,64}} (kept in
 * lower case), neither starting nor ending with a special character.
 */
public final class Vpa {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?");
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9](?:[a-z0-9.-]{0,62}[a-z0-9])");

    private Vpa() {}

    /** The VPA in its canonical form, or an {@code INVALID_VPA} failure. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("vpa", "INVALID_VPA", "A VPA (UPI id) such as name@bank is required");
        }
        String vpa = raw.trim();
        int at = vpa.indexOf('@');
        if (at < 0 || at != vpa.lastIndexOf('@')) {
            throw invalid(vpa);
        }
        String local = vpa.substring(0, at);
        String handle = vpa.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!LOCAL.matcher(local).matches() || !HANDLE.matcher(handle).matches()) {
            throw invalid(vpa);
        }
        return local + "@" + handle;
    }

    private static InvalidInputException invalid(String vpa) {
        return new InvalidInputException("vpa", "INVALID_VPA", "'" + vpa + "' is not a VPA of the form name@bank");
    }
}
