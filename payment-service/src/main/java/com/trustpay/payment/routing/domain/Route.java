package com.trustpay.payment.routing.domain;

/** The provider chosen for an attempt, and why, in words for the audit log and the attempt row. */
public record Route(String provider, String reason) {}
