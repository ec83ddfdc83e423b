package com.trustpay.payment.provider.domain;

/**
 * The provider's answer to a payment request.
 *
 * @param instanceId the Dynamic QR or collect id
 * @param qrPngBase64 the provider's QR image (Base64 PNG), if it sent one
 */
public record CreatedRequest(
        String instanceId, String intentLink, String shortLink, String qrPngBase64, String status) {}
