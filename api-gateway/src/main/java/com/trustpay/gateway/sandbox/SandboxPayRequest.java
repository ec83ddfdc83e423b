package com.trustpay.gateway.sandbox;

/**
 * What the UI asks for.
 *
 * @param refId the Dynamic QR's NPCI reference (the intent link's {@code tr}) or the collect id
 * @param amountPaise the amount to pay, in paise
 * @param outcome {@code SUCCESS} pays, {@code FAILURE} makes the payer's bank decline
 */
record SandboxPayRequest(String refId, Long amountPaise, String outcome) {}
