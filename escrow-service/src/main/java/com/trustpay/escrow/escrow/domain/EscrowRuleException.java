package com.trustpay.escrow.escrow.domain;

/**
 * A rule of the escrow refused what was asked: the domain's own failure, with a stable upper-snake-case code the
 * API publishes and, for refused input, the field it is about. The domain knows nothing of HTTP: the web edge
 * turns each {@link Kind} into its status and the whole into problem JSON.
 */
public class EscrowRuleException extends RuntimeException {

    /** Why the escrow refused. */
    public enum Kind {
        /** An input breaks its rule (the field is named). */
        INVALID_INPUT,
        /** An input is well-formed but its content breaks a rule, e.g. it is too long (the field is named). */
        UNACCEPTABLE_CONTENT,
        /** The caller's part in this escrow does not allow the action. */
        NOT_PERMITTED,
        /** The escrow's current status does not allow the action. */
        WRONG_STATUS,
        /** The action clashes with the escrow as it stands (joining your own escrow, …). */
        CONFLICT,
        /** The join code is no longer usable (expired, its escrow cancelled, or used). */
        CODE_GONE
    }

    private final Kind kind;
    private final String code;
    private final String field;

    public EscrowRuleException(Kind kind, String code, String detail) {
        this(kind, code, detail, null);
    }

    /** @param field the input the refusal is about, as the client names it, or null */
    public EscrowRuleException(Kind kind, String code, String detail, String field) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The input the refusal is about, or null. */
    public String field() {
        return field;
    }
}
