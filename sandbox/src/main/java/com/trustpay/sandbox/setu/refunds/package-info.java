/**
 * Setu refunds (PROVIDERS.md 1.8, 7.2): only on a successful payment, partial and multiple allowed while their sum
 * stays within the payment amount; {@code pending -> success | failed} on its own after a delay or through the
 * sandbox mock, with {@code refund.pending} / {@code refund.successful} (and optionally {@code refund.failed}).
 */
package com.trustpay.sandbox.setu.refunds;
