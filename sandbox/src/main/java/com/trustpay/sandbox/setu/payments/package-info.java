/**
 * Setu payments (PROVIDERS.md 1.6, 7.2): one payment per payer attempt on a collect or Dynamic QR, moving
 * {@code initiated -> pending -> success | failed} on the virtual clock as the payer VPA dictates, with
 * {@code payment.*} notifications, and the read APIs (by id, last, history).
 */
package com.trustpay.sandbox.setu.payments;
