/**
 * Provider clients: the ports the rest of the service calls ({@code domain}) and their adapters, Setu UPI
 * ({@code setu}) and RazorpayX payouts ({@code razorpayx}), over one OkHttp helper ({@code http}). A call's outcome
 * is {@code Ok}, {@code Rejected} (4xx, with the provider's reason) or {@code Unknown} (5xx, timeout, I/O): never a
 * guessed failure.
 */
package com.trustpay.payment.provider;
