package com.trustpay.sandbox.setu.refunds;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code CreateRefundResponse} (also the fetch and list item shape; the list adds {@code requestId}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RefundView(
        String id,
        String paymentId,
        long amount,
        String referenceId,
        String remarks,
        String type,
        String status,
        String crn,
        String txnId,
        String createdAt,
        RefundReason reason,
        String requestId) {}
