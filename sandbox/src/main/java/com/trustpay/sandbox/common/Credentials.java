package com.trustpay.sandbox.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks a presented credential against the configured one in constant time, as the real providers should. */
public final class Credentials {

    private Credentials() {}

    /** Whether {@code presented} (possibly null) equals {@code expected}; time does not depend on where they differ. */
    public static boolean matches(String expected, String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
