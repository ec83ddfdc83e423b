/** The RazorpayX adapter of the {@code PayoutProvider} port: composite payouts to a VPA and payout reads. */
package com.trustpay.payment.provider.razorpayx;
