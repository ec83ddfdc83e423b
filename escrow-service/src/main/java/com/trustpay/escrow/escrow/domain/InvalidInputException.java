package com.trustpay.escrow.escrow.domain;

import com.trustpay.escrow.shared.ProblemException;

/** Input that breaks a rule of the escrow (HTTP 400 with the rule's stable code). */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(String code, String detail) {
        super(Kind.INVALID, code, detail);
    }
}
