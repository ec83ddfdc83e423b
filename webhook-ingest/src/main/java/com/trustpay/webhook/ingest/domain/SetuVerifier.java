package com.trustpay.webhook.ingest.domain;

import java.util.Base64;
import java.util.List;

/**
 * Setu UPI notifications (PROVIDERS.md §1.10): {@code x-setu-signature} is standard Base64 (padded) of
 * HMAC-SHA256 over the raw body, keyed with the endpoint's shared secret as UTF-8. The body carries
 * {@code eventId}, {@code eventType}, {@code eventTs} (ISO-8601 with offset) and the resource's {@code id}.
 */
public final class SetuVerifier implements WebhookVerifier {

    public static final String PROVIDER = "setu";
    static final String SIGNATURE_HEADER = "x-setu-signature";

    private final WebhookSecrets secrets;

    public SetuVerifier(WebhookSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public boolean signatureValid(InboundWebhook webhook) {
        String signature = webhook.header(SIGNATURE_HEADER);
        if (signature == null) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return secrets.anyMatches(webhook.body(), presented);
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
