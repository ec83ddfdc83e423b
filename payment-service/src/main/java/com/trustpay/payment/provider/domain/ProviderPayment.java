package com.trustpay.payment.provider.domain;

/**
 * One payment as read from the provider.
 *
 * @param status {@code initiated}, {@code pending}, {@code success} or {@code failed}
 * @param txnId the NPCI transaction id (refunds are listed by it)
 * @param reasonCode the NPCI response code when the payment failed, else the provider's reason code
 */
public record ProviderPayment(
        String id,
        String referenceId,
        long amountPaise,
        String status,
        String customerVpa,
        String txnId,
        String rrn,
        String reasonCode,
        String reason) {

    public boolean succeeded() {
        return "success".equals(status);
    }

    public boolean failed() {
        return "failed".equals(status);
    }
}
