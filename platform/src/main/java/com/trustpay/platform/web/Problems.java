package com.trustpay.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 7807 problem bodies the TrustPay way: {@code type} is {@code https://trustpay.dev/problems/<code>} and
 * the stable, machine-readable {@code code} is also a property of its own, next to {@code title},
 * {@code status} and {@code detail}.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://trustpay.dev/problems/";

    private Problems() {}

    /**
     * A problem with a stable code.
     *
     * @param code e.g. {@code AMOUNT_TOO_SMALL}; upper snake case, never changed once published
     * @param title a short summary that does not vary between occurrences
     * @param detail what went wrong this time, in words a person understands
     */
    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(
                URI.create(TYPE_BASE + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        return of(status, code, status.getReasonPhrase(), detail);
    }
}
