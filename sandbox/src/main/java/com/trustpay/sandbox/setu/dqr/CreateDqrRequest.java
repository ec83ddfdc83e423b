package com.trustpay.sandbox.setu.dqr;

import java.util.Map;

/** Dynamic QR create body. */
record CreateDqrRequest(
        String merchantVpa,
        Long amount,
        Long minAmount,
        String expiryDate,
        String referenceId,
        String merchantReferenceId,
        String transactionNote,
        Map<String, String> metadata) {}
