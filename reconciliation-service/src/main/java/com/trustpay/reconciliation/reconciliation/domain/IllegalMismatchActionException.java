package com.trustpay.reconciliation.reconciliation.domain;

import com.trustpay.platform.problem.ProblemException;

/** An admin action a mismatch's status does not allow (acknowledging a resolved one, resolving one twice). */
public class IllegalMismatchActionException extends ProblemException {

    public IllegalMismatchActionException(String code, String detail) {
        super(Kind.CONFLICT, code, detail);
    }
}
