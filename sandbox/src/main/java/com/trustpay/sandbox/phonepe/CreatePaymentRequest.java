package com.trustpay.sandbox.phonepe;

import java.util.Map;

/**
 * Create-payment body of {@code /checkout/v2/pay} and {@code /payments/v2/pay} (PROVIDERS.md 2.3).
 *
 * @param merchantOrderId the merchant's id: 1-63 of letters, digits, {@code _} and {@code -}
 * @param amount paise, at least 100
 * @param expireAfter seconds, 300..5,184,000; the default depends on the payment mode
 * @param metaInfo {@code udf1}..{@code udf15}, each at most 256 characters
 * @param paymentFlow {@code PG_CHECKOUT} (Standard) or {@code PG} with a payment mode (Custom)
 */
record CreatePaymentRequest(
        String merchantOrderId,
        Long amount,
        Long expireAfter,
        Map<String, String> metaInfo,
        PaymentFlow paymentFlow,
        Boolean disablePaymentRetry) {

    /** {@code paymentFlow}. */
    record PaymentFlow(String type, String message, MerchantUrls merchantUrls, PaymentMode paymentMode) {}

    /** {@code merchantUrls}. */
    record MerchantUrls(String redirectUrl) {}

    /** Custom checkout's {@code paymentMode}: {@code UPI_INTENT}, {@code UPI_QR} or {@code UPI_COLLECT}. */
    record PaymentMode(String type, Details details, String message, String vpa) {}

    /** Collect's payer: {@code {type: "VPA", vpa}} or {@code {type: "PHONE_NUMBER", phoneNumber}}. */
    record Details(String type, String vpa, String phoneNumber) {}
}
