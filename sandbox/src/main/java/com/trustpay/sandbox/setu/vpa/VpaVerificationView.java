package com.trustpay.sandbox.setu.vpa;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.trustpay.sandbox.setu.common.Reason;

/** Verification response; the poll adds {@code customerAccountType} and {@code reason}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VpaVerificationView(
        String id,
        String merchantId,
        String customerVpa,
        String referenceId,
        String status,
        String createdAt,
        String customerAccountType,
        Reason reason) {}
