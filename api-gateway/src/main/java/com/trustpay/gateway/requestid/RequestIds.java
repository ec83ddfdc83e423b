package com.trustpay.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

/** What a usable request id looks like, and a fresh one when the caller sent none (or a malformed one). */
public final class RequestIds {

    /** The header carrying the id, both ways. */
    public static final String HEADER = "X-Request-Id";

    /** Exchange attribute holding the id for later filters. */
    public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    // A caller-supplied id ends up in logs: only short, plain tokens are trusted (no log injection).
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private RequestIds() {}

    /** The caller's id if it is well formed, otherwise a new random UUID. */
    public static String acceptOrCreate(String fromCaller) {
        if (fromCaller != null && ACCEPTED.matcher(fromCaller).matches()) {
            return fromCaller;
        }
        return UUID.randomUUID().toString();
    }
}
