package com.trustpay.escrow.escrow.domain;

import java.time.Instant;

/** Money that arrived for a payment attempt, as payment-service confirmed it with the provider. */
public record PaymentReceipt(
        int attempt,
        String reference,
        long amountPaise,
        String providerPaymentId,
        String rrn,
        String payerVpa,
        Instant paidAt) {}
