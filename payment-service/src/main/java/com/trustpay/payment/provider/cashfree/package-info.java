/**
 * The Cashfree Payouts V2 adapter of the {@code PayoutProvider} port (Standard Transfer V2 to a UPI ID and Get
 * Transfer Status V2), the second payout adapter beside RazorpayX, chosen with {@code PAYOUT_PROVIDER=cashfree}.
 */
package com.trustpay.payment.provider.cashfree;
