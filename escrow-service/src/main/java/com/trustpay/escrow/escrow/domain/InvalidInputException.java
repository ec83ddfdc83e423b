package com.trustpay.escrow.escrow.domain;

/**
 * Input that breaks a rule of the escrow (the rule's stable code; 400 at the edge); the problem also names the
 * input in its {@code errors}, so a client can mark the field.
 */
public class InvalidInputException extends EscrowRuleException {

    /** @param field the input as the client names it, e.g. {@code amountPaise} */
    public InvalidInputException(String field, String code, String detail) {
        super(Kind.INVALID_INPUT, code, detail, field);
    }

    /** Input that is not one field of the body, e.g. a header. */
    public static InvalidInputException of(String code, String detail) {
        return new InvalidInputException(null, code, detail);
    }
}
