package com.trustpay.webhook.ingest.domain;

import java.util.List;

/**
 * RazorpayX payout webhooks (PROVIDERS.md §8, §3.1): {@code X-Razorpay-Signature} is hex HMAC-SHA256 over the raw
 * body with the webhook secret. The envelope and the de-duplication key (from the signed body, never from the
 * unsigned {@code x-razorpay-event-id} header) are {@link RazorpayEnvelope}'s; an envelope whose {@code contains}
 * names no usable entity is read as a payout's.
 */
public final class RazorpayXVerifier extends HmacHeaderVerifier {

    public static final String PROVIDER = "razorpayx";
    static final String SIGNATURE_HEADER = RazorpayEnvelope.SIGNATURE_HEADER;
    static final String EVENT_ID_HEADER = RazorpayEnvelope.EVENT_ID_HEADER;

    public RazorpayXVerifier(WebhookSecrets secrets) {
        super(PROVIDER, new HmacHeaderSignature(SIGNATURE_HEADER, SignatureEncoding.HEX, secrets));
    }

    @Override
    public ProviderEvent parse(InboundWebhook webhook) {
        return RazorpayEnvelope.read(webhook.body(), "payout");
    }

    @Override
    public List<String> retainedHeaders() {
        return List.of(SIGNATURE_HEADER, EVENT_ID_HEADER, "content-type");
    }
}
