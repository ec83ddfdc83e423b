package com.trustpay.payment.provider.domain;

/**
 * One payout request; the same spec must produce the same request body every time it is sent.
 *
 * @param idempotencyKey our payout reference, also sent as {@code reference_id}
 */
public record PayoutSpec(
        String idempotencyKey, long amountPaise, String payeeVpa, String payeeName, String narration) {}
