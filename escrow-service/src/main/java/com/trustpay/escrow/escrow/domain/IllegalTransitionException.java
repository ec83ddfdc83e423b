package com.trustpay.escrow.escrow.domain;

/** An action that the escrow's current status does not allow (code {@code ILLEGAL_TRANSITION}; 409 at the edge). */
public class IllegalTransitionException extends EscrowRuleException {

    private final EscrowStatus status;

    public IllegalTransitionException(EscrowStatus status, String action) {
        super(Kind.WRONG_STATUS, "ILLEGAL_TRANSITION", "Cannot " + action + " an escrow that is " + status);
        this.status = status;
    }

    public EscrowStatus status() {
        return status;
    }
}
