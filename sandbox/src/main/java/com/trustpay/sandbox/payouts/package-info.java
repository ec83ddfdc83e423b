/**
 * Stand-in for RazorpayX Payouts (PROVIDERS.md section 8): composite payouts to a VPA with Basic auth and the
 * mandatory {@code X-Payout-Idempotency} header, statuses moving on the virtual clock as the beneficiary VPA
 * dictates, and signed {@code payout.*} webhooks in Razorpay's event envelope.
 */
package com.trustpay.sandbox.payouts;
