package com.trustpay.sandbox.setu.dqr;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** Dynamic QR response: the request echoed plus link, short link, base64 PNG QR code, refId and status. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DqrView(
        String id,
        String merchantId,
        String merchantVpa,
        Long amount,
        Long minAmount,
        String expiryDate,
        String referenceId,
        String transactionNote,
        Map<String, String> metadata,
        String intentLink,
        String shortLink,
        String qrCode,
        String refId,
        String status,
        String createdAt,
        String closedAt) {}
