package com.trustpay.payment.provider.domain;

/** A refund of (part of) a provider payment; {@code reference} is ours. */
public record RefundSpec(String reference, String paymentId, long amountPaise, String remarks) {}
