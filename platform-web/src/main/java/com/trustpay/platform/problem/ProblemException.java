package com.trustpay.platform.problem;

import java.util.List;

/**
 * A failure the API reports as an RFC 7807 problem: what kind of failure it is (which becomes the HTTP status at
 * the web edge), a stable upper-snake-case code and, for refused input, the fields that were wrong. Plain Java, so
 * the domain can throw it too.
 */
public class ProblemException extends RuntimeException {

    /** The kinds of failure, each answered with one HTTP status. */
    public enum Kind {
        INVALID(400),
        UNAUTHORIZED(401),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        GONE(410),
        /** Well-formed and of the right types, but refused by a rule about its content (e.g. too long). */
        UNPROCESSABLE(422),
        /** Too many attempts; {@link #retryAfterSeconds()} says when to come back. */
        TOO_MANY_REQUESTS(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String code;
    private final List<InvalidField> errors;
    private final Long retryAfterSeconds;

    public ProblemException(Kind kind, String code, String detail) {
        this(kind, code, detail, List.of());
    }

    /** @param errors the refused inputs, listed in the problem's {@code errors} member */
    public ProblemException(Kind kind, String code, String detail, List<InvalidField> errors) {
        this(kind, code, detail, errors, null);
    }

    private ProblemException(Kind kind, String code, String detail, List<InvalidField> errors, Long retryAfter) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The refused inputs; empty unless the failure is about particular fields. */
    public List<InvalidField> errors() {
        return errors;
    }

    /** Seconds until the caller may try again (the {@code Retry-After} header), or null when it does not apply. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Too many attempts: 429 with {@code Retry-After} of the given seconds (at least 1). */
    public static ProblemException tooManyRequests(String code, String detail, long retryAfterSeconds) {
        return new ProblemException(Kind.TOO_MANY_REQUESTS, code, detail, List.of(), Math.max(1, retryAfterSeconds));
    }

    /** One input is well-formed but breaks a rule about its content: 422 naming the field. */
    public static ProblemException unprocessable(String field, String code, String detail) {
        return new ProblemException(Kind.UNPROCESSABLE, code, detail, List.of(new InvalidField(field, detail)));
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(Kind.NOT_FOUND, code, detail);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(Kind.CONFLICT, code, detail);
    }

    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(Kind.FORBIDDEN, code, detail);
    }

    public static ProblemException invalid(String code, String detail) {
        return new ProblemException(Kind.INVALID, code, detail);
    }

    /** One input broke a rule: the problem names the field, and {@code detail} is also the field's message. */
    public static ProblemException invalid(String field, String code, String detail) {
        return new ProblemException(Kind.INVALID, code, detail, List.of(new InvalidField(field, detail)));
    }
}
