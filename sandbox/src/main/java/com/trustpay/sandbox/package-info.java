/**
 * TrustPay sandbox: a standalone, in-memory stand-in for the Setu UPI merchant API and the RazorpayX payouts
 * API, following PROVIDERS.md sections 1, 7 and 8. Features: {@code setu}, {@code payouts}, {@code webhooks},
 * {@code faults}, {@code clock}; {@code admin} holds the sandbox-only endpoints under {@code /sandbox}.
 */
package com.trustpay.sandbox;
