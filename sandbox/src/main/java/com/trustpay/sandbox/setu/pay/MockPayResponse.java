package com.trustpay.sandbox.setu.pay;

/**
 * What the mock payer did (Setu documents no response body; this is the sandbox's).
 *
 * @param productInstanceId the collect or link paid
 * @param paymentId the payment attempt opened or resolved; null when the payer VPA never pays ({@code expire@})
 * @param status the payment's status right now ({@code initiated}, {@code pending}, ...) or {@code no-action}
 */
record MockPayResponse(String productInstanceId, String paymentId, String status) {}
