package com.trustpay.webhook.ingest.domain;

import java.util.List;

/**
 * Razorpay payment gateway webhooks (PROVIDERS.md §3): {@code X-Razorpay-Signature} is hex HMAC-SHA256 over the raw
 * body, keyed with the webhook secret set in the Dashboard (not the API key secret); after a rotation, retries of
 * older events still carry the old secret's signature. Events: {@code payment.authorized}, {@code
 * payment.captured}, {@code payment.failed}, {@code order.paid}, {@code refund.*}. The envelope and the
 * de-duplication key are {@link RazorpayEnvelope}'s, as for RazorpayX: {@code x-razorpay-event-id} is unsigned, so it
 * is kept with the receipt but a replay under a new one is still a duplicate.
 */
public final class RazorpayVerifier extends HmacHeaderVerifier {

    public static final String PROVIDER = "razorpay";

    public RazorpayVerifier(WebhookSecrets secrets) {
        super(PROVIDER, new HmacHeaderSignature(RazorpayEnvelope.SIGNATURE_HEADER, SignatureEncoding.HEX, secrets));
    }

    /** The main entity is the first of {@code contains} ({@code refund} for {@code refund.processed}), else the payment. */
    @Override
    public ProviderEvent parse(InboundWebhook webhook) {
        return RazorpayEnvelope.read(webhook.body(), "payment");
    }

    @Override
    public List<String> retainedHeaders() {
        return List.of(RazorpayEnvelope.SIGNATURE_HEADER, RazorpayEnvelope.EVENT_ID_HEADER, "content-type");
    }
}
