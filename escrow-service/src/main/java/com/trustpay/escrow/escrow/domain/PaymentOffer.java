package com.trustpay.escrow.escrow.domain;

import java.time.Instant;

/** How the payer can pay the current attempt, as the provider created it (intent link and QR, or collect). */
public record PaymentOffer(
        int attempt,
        String reference,
        String intentLink,
        String shortLink,
        String qrPngBase64,
        String collectId,
        Instant expiresAt) {}
