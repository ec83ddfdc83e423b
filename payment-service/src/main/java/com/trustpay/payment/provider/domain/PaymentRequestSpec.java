package com.trustpay.payment.provider.domain;

import com.trustpay.contracts.PaymentMode;
import java.time.Instant;

/** What we ask the provider to collect; {@code reference} is ours (Setu {@code referenceId}). */
public record PaymentRequestSpec(
        PaymentMode mode, String reference, long amountPaise, String payerVpa, String note, Instant expiresAt) {}
