/**
 * Stand-in for PhonePe Payment Gateway v2 (PROVIDERS.md section 2) under {@code /phonepe/apis/pg-sandbox}, which
 * stands in for both PhonePe hosts: the O-Bearer token service, Standard Checkout ({@code /checkout/v2/...}) and
 * Custom checkout ({@code /payments/v2/...}) create/status, refunds, the UPI payer (test VPAs for collect, a mock pay
 * call for intent and QR), expiry on the virtual clock and S2S callbacks authenticated by
 * SHA-256({@code username:password}). Sandbox-only admin is under {@code /sandbox/phonepe}.
 */
package com.trustpay.sandbox.phonepe;
