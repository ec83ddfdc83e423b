package com.trustpay.sandbox.setu.refunds;

/** Refund create body; {@code merchantReferenceId} is the guide spelling of {@code referenceId}. */
record CreateRefundRequest(
        String paymentId,
        Long amount,
        String referenceId,
        String merchantReferenceId,
        String remarks,
        String type,
        String crn,
        String currency) {}
