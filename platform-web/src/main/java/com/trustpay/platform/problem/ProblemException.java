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
        GONE(410);

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

    public ProblemException(Kind kind, String code, String detail) {
        this(kind, code, detail, List.of());
    }

    /** @param errors the refused inputs, listed in the problem's {@code errors} member */
    public ProblemException(Kind kind, String code, String detail, List<InvalidField> errors) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.errors = List.copyOf(errors);
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
