package com.trustpay.platform.problem;

import java.util.Locale;

/**
 * The generic problem codes every TrustPay service and the gateway answer with, and the {@code type} URI each code
 * gets. A service adds its own, more precise codes ({@code SELF_JOIN}, {@code SIGNATURE_INVALID}, ...) next to
 * these; a code is upper snake case and never changes once published, because clients (the web UI first) map it
 * to words.
 */
public final class ProblemCodes {

    /** Every problem's {@code type} is this base followed by its code in kebab case. */
    public static final String TYPE_BASE = "https://trustpay.dev/problems/";

    /** 401: the request carries no bearer token where one is needed. */
    public static final String AUTHENTICATION_REQUIRED = "AUTHENTICATION_REQUIRED";

    /** 401: the bearer token is malformed, forged, expired or from another issuer. */
    public static final String INVALID_TOKEN = "INVALID_TOKEN";

    /** 403: the caller is known but may not do this. */
    public static final String FORBIDDEN = "FORBIDDEN";

    /** 400: inputs broke their rules; the problem lists them in {@code errors}. */
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";

    /** 400: the request cannot be read (broken JSON, a path segment of the wrong type, a missing parameter). */
    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

    /**
     * 400: a field's JSON value is not of the field's type: a fraction or a quoted number where a whole number is
     * expected, a quoted number or boolean; {@code errors} names the field. Nothing is coerced silently.
     */
    public static final String INVALID_FIELD_TYPE = "INVALID_FIELD_TYPE";

    /** 400: a text in the body contains the NUL character (U+0000), which no TrustPay text may hold. */
    public static final String NUL_CHARACTER = "NUL_CHARACTER";

    /** 400: the {@code Idempotency-Key} header is not printable ASCII (or too long for the endpoint). */
    public static final String INVALID_IDEMPOTENCY_KEY = "INVALID_IDEMPOTENCY_KEY";

    /** 404: nothing is served at this path. */
    public static final String NOT_FOUND = "NOT_FOUND";

    /** 405: the path is served, but not with this method. */
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

    /** 406: no representation the caller accepts. */
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";

    /** 413: the body is larger than this endpoint takes. */
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";

    /** 415: the body is not in a format this endpoint takes. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

    /** 429: too many requests from this caller; {@code Retry-After} says when to come back. */
    public static final String RATE_LIMITED = "RATE_LIMITED";

    /** Any other 4xx without a code of its own. */
    public static final String REQUEST_REFUSED = "REQUEST_REFUSED";

    /** 500: a fault on our side; the answer never says more than that. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    /** 502, 503, 504: a part of TrustPay (or what it depends on) is not answering; try again later. */
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

    private ProblemCodes() {}

    /** The {@code type} URI of a code: {@code SELF_JOIN} is {@code https://trustpay.dev/problems/self-join}. */
    public static String type(String code) {
        return TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The generic code for an HTTP error status that has no more precise code. */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> AUTHENTICATION_REQUIRED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 502, 503, 504 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : REQUEST_REFUSED;
        };
    }
}
