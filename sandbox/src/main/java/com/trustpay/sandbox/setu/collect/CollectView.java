package com.trustpay.sandbox.setu.collect;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.trustpay.sandbox.setu.common.Reason;
import java.util.Map;

/** {@code CreateCollectResponse} / {@code FetchCollectResponse}; fetch adds {@code paymentDetails}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CollectView(
        String id,
        String merchantId,
        long amount,
        String customerVpa,
        String merchantVpa,
        int expireAfter,
        String referenceId,
        String refId,
        String status,
        String transactionNote,
        Map<String, String> metadata,
        String createdAt,
        String closedAt,
        Reason reason,
        PaymentDetails paymentDetails) {

    /** The latest payment attempt on the collect. */
    record PaymentDetails(
            String paymentId,
            String paymentStatus,
            String customerVpa,
            String customerAccountType,
            String rrn,
            String txnId,
            String txnTs) {}
}
