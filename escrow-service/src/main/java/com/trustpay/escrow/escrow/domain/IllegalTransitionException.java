package com.trustpay.escrow.escrow.domain;

import com.trustpay.platform.problem.ProblemException;

/** An action that the escrow's current status does not allow (HTTP 409, code {@code ILLEGAL_TRANSITION}). */
public class IllegalTransitionException extends ProblemException {

    private final EscrowStatus status;

    public IllegalTransitionException(EscrowStatus status, String action) {
        super(Kind.CONFLICT, "ILLEGAL_TRANSITION", "Cannot " + action + " an escrow that is " + status);
        this.status = status;
    }

    public EscrowStatus status() {
        return status;
    }
}
