package com.trustpay.reconciliation.reconciliation.domain;

import com.trustpay.platform.problem.ProblemException;

/** A date range a run or a report cannot cover. */
public class InvalidRangeException extends ProblemException {

    public InvalidRangeException(String detail) {
        super(Kind.INVALID, "RECONCILIATION_RANGE_INVALID", detail);
    }
}
