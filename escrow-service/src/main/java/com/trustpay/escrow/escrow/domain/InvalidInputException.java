package com.trustpay.escrow.escrow.domain;

import com.trustpay.platform.problem.InvalidField;
import com.trustpay.platform.problem.ProblemException;
import java.util.List;

/**
 * Input that breaks a rule of the escrow (HTTP 400 with the rule's stable code); the problem also names the input
 * in its {@code errors}, so a client can mark the field.
 */
public class InvalidInputException extends ProblemException {

    /** @param field the input as the client names it, e.g. {@code amountPaise} */
    public InvalidInputException(String field, String code, String detail) {
        super(Kind.INVALID, code, detail, List.of(new InvalidField(field, detail)));
    }

    /** Input that is not one field of the body, e.g. a header. */
    public static InvalidInputException of(String code, String detail) {
        return new InvalidInputException(code, detail);
    }

    private InvalidInputException(String code, String detail) {
        super(Kind.INVALID, code, detail);
    }
}
