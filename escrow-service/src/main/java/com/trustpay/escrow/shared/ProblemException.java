package com.trustpay.escrow.shared;

/**
 * A failure the API reports as an RFC 7807 problem: what kind of failure it is (which becomes the HTTP status at
 * the web edge) and a stable, upper-snake-case code. Plain Java, so the domain can throw it too.
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

    public ProblemException(Kind kind, String code, String detail) {
        super(detail);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
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
}
