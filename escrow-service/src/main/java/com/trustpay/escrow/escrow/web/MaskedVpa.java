package com.trustpay.escrow.escrow.web;

/**
 * A UPI id shortened the way the UI shows it ({@code maskVpa} in api-gateway's static/js/format.js): enough for its
 * owner to recognise, not enough for anyone to copy. Kept to the same rule so a receipt and the screen agree.
 */
final class MaskedVpa {

    private static final char DOT = '•';

    private MaskedVpa() {}

    /** "rahul.sharma@okaxis" → "ra••••••••••@okaxis"; "bob@ybl" → "b•••@ybl"; null or blank → "". */
    static String of(String vpa) {
        if (vpa == null || vpa.isEmpty()) {
            return "";
        }
        int at = vpa.indexOf('@');
        if (at < 0) {
            return vpa.substring(0, Math.min(2, vpa.length())) + "••••";
        }
        String name = vpa.substring(0, at);
        int keep = name.length() <= 3 ? 1 : 2;
        return name.substring(0, Math.min(keep, name.length()))
                + String.valueOf(DOT).repeat(Math.max(3, name.length() - keep))
                + vpa.substring(at);
    }
}
