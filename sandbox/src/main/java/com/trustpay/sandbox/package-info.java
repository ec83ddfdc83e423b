/**
 * TrustPay sandbox: a standalone, in-memory stand-in for the Setu UPI merchant API, PhonePe PG v2 and the
 * RazorpayX payouts API, following PROVIDERS.md sections 1, 2, 7 and 8. Features: {@code setu}, {@code phonepe},
 * {@code payouts}, {@code webhooks},
 * {@code faults}, {@code clock}; {@code admin} holds the sandbox-only endpoints under {@code /sandbox}.
 */
package com.trustpay.sandbox;
