package com.trustpay.sandbox.common;

import java.security.SecureRandom;
import java.util.UUID;

/** Generators for provider-shaped identifiers (ULIDs, NPCI txn ids, RRNs, Razorpay ids). */
public final class Ids {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final char[] ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    /** A 26-character ULID: 48-bit millisecond time then 80 random bits, Crockford base32. */
    public static String ulid() {
        char[] out = new char[26];
        long time = System.currentTimeMillis();
        for (int i = 9; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            out[i] = CROCKFORD[RANDOM.nextInt(32)];
        }
        return new String(out);
    }

    /** Random letters and digits. */
    public static String alnum(int length) {
        return pick(ALNUM, length);
    }

    /** Random decimal digits, never starting with 0. */
    public static String digits(int length) {
        StringBuilder sb = new StringBuilder(length);
        sb.append(1 + RANDOM.nextInt(9));
        for (int i = 1; i < length; i++) {
            sb.append(RANDOM.nextInt(10));
        }
        return sb.toString();
    }

    /** NPCI transaction id as the sandbox makes it: {@code SET} plus 32 letters and digits (35 characters). */
    public static String txnId() {
        return "SET" + alnum(32);
    }

    /** NPCI customer reference number: 12 digits. */
    public static String rrn() {
        return digits(12);
    }

    public static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static String pick(char[] alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        return new String(out);
    }
}
