package com.trustpay.sandbox.setu.collect;

import java.util.Map;

/** Collect create body; {@code merchantReferenceId} is the guide spelling of {@code referenceId}. */
record CreateCollectRequest(
        Long amount,
        String customerVpa,
        String merchantVpa,
        Integer expireAfter,
        String referenceId,
        String merchantReferenceId,
        String transactionNote,
        Map<String, String> metadata,
        String currency) {}
