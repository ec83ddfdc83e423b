package com.trustpay.payment.provider.domain;

/**
 * A refund as read from the provider.
 *
 * @param status {@code pending}, {@code initiated}, {@code success} or {@code failed}
 */
public record ProviderRefund(
        String id,
        String referenceId,
        String paymentId,
        long amountPaise,
        String status,
        String reasonCode,
        String reason) {

    public boolean succeeded() {
        return "success".equals(status);
    }

    public boolean failed() {
        return "failed".equals(status);
    }
}
