package com.trustpay.escrow.escrow.domain;

import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Join codes: six characters from an alphabet without the look-alikes 0/O and 1/I/L, drawn from a
 * cryptographically strong generator supplied by the caller.
 */
public final class JoinCode {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    private JoinCode() {}

    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code in upper case, or an {@code INVALID_CODE} failure when it cannot be a join code at all. */
    public static String normalise(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(code).matches()) {
            throw new InvalidInputException(
                    "code", "INVALID_CODE", "A join code is " + LENGTH + " letters and digits, e.g. K7Q3MX");
        }
        return code;
    }
}
