package com.trustpay.sandbox.phonepe;

/**
 * {@code POST /sandbox/phonepe/pay}: the payer acts on an order (intent, QR, hosted checkout, or a parked collect).
 *
 * @param merchantOrderId the order
 * @param orderId or PhonePe's id of it ({@code OMO…}, the {@code tr} of its intent link: what a payer's app sees),
 *     when {@code merchantOrderId} is not given
 * @param state {@code COMPLETED}, {@code FAILED} or {@code PENDING}; when omitted the payer VPA's local part decides
 *     ({@code failed@…} fails, {@code pending@…} stays pending, anything else completes)
 * @param payerVpa the payer's VPA (default {@code success@ybl})
 * @param paymentMode the attempt's mode (default: the order's; {@code UPI_INTENT} for Standard Checkout)
 * @param errorCode a failure's {@code errorCode} (default {@code AUTHORIZATION_ERROR})
 * @param detailedErrorCode a failure's {@code detailedErrorCode} (default {@code ZM})
 * @param keepOrderPending a failure fails only this attempt; the order stays PENDING ({@code pg.transaction.failed})
 */
record MockPayRequest(
        String merchantOrderId,
        String orderId,
        String state,
        String payerVpa,
        String paymentMode,
        String errorCode,
        String detailedErrorCode,
        boolean keepOrderPending) {}
