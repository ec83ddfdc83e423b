package com.trustpay.sandbox.phonepe;

/** {@code POST /payments/v2/refund} body (PROVIDERS.md 2.5). */
record CreateRefundRequest(String merchantRefundId, String originalMerchantOrderId, Long amount) {}
