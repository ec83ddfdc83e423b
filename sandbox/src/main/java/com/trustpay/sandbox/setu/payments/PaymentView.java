package com.trustpay.sandbox.setu.payments;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.trustpay.sandbox.setu.common.Reason;
import java.util.Map;

/** Setu's {@code FetchPaymentResponse}. Amounts in paise; timestamps RFC 3339 (+05:30). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentView(
        String id,
        String merchantId,
        String productInstanceId,
        String referenceId,
        long amount,
        String currency,
        String customerVpa,
        String merchantVpa,
        String customerAccountType,
        String status,
        String txnId,
        String txnTs,
        String rrn,
        String refId,
        String txnNote,
        Map<String, String> metadata,
        Reason reason,
        String createdAt) {}
