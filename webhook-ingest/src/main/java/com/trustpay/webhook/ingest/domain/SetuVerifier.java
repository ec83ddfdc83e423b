package com.trustpay.webhook.ingest.domain;

import java.util.List;

/**
 * Setu UPI notifications (PROVIDERS.md §1.10): {@code x-setu-signature} is standard Base64 (padded) of
 * HMAC-SHA256 over the raw body, keyed with the endpoint's shared secret as UTF-8. The body carries
 * {@code eventId}, {@code eventType}, {@code eventTs} (ISO-8601 with offset) and the resource's {@code id}.
 */
public final class SetuVerifier extends HmacHeaderVerifier {

    public static final String PROVIDER = "setu";
    static final String SIGNATURE_HEADER = "x-setu-signature";

    public SetuVerifier(WebhookSecrets secrets) {
        super(PROVIDER, new HmacHeaderSignature(SIGNATURE_HEADER, SignatureEncoding.BASE64, secrets));
    }

    @Override
    public ProviderEvent parse(InboundWebhook webhook) {
        JsonBody body = JsonBody.parse(webhook.body());
        return new ProviderEvent(
                body.requiredText("/eventId"),
                body.requiredText("/eventType"),
                body.optionalText("/id"),
                body.optionalIsoTime("/eventTs"));
    }

    @Override
    public List<String> retainedHeaders() {
        return List.of(SIGNATURE_HEADER, "content-type");
    }
}
