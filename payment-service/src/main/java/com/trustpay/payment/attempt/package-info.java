/**
 * Payment attempts: one per (escrow, attempt) from {@code RequestPayment}. The attempt and our reference are
 * committed before Setu is asked for a Dynamic QR (default) or a collect; the outcome is read back from Setu (on a
 * webhook hint, a payer's check or the poll schedule) and published once: PaymentRequested, then PaymentSucceeded,
 * PaymentFailed or PaymentExpired.
 */
package com.trustpay.payment.attempt;
