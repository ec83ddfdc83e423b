package com.trustpay.payment.refund.domain;

/** A refund move that {@link RefundStatus}'s table does not allow: a bug in the caller, never a provider answer. */
public class IllegalRefundTransition extends IllegalStateException {

    public IllegalRefundTransition(RefundStatus from, RefundStatus to) {
        super("a refund cannot move from " + from + " to " + to);
    }
}
