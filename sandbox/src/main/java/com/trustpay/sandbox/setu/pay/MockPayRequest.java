package com.trustpay.sandbox.setu.pay;

/**
 * Mock payer body: {@code refId} is the product instance id (or its NPCI ref id). {@code force} plays a bank that
 * credits the merchant whatever the instance says: the payment succeeds (for a success VPA) with exactly
 * {@code amount}, even on a closed or already paid instance — a late payment on a withdrawn QR, a second payment,
 * a wrong amount.
 */
record MockPayRequest(
        String refId,
        String payerVpa,
        String payeeVpa,
        Long amount,
        String payerName,
        String payerRespCode,
        Boolean force) {

    boolean forced() {
        return Boolean.TRUE.equals(force);
    }
}
