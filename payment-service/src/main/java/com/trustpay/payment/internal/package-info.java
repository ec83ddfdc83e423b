/**
 * Internal read API for reconciliation and ops: {@code GET /internal/transactions?from=&to=} (attempts, payouts
 * and refunds with our status and the provider's last-read status and amounts) and
 * {@code GET /internal/escrows/{escrowId}/audit}. {@code /internal/**} must never be routed through the api-gateway;
 * it answers only callers with the {@code X-Internal-Token} (Spring Security's matchers on the normalised path), and
 * everyone only under the sandbox profile with no token configured.
 */
package com.trustpay.payment.internal;
