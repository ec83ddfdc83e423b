package com.trustpay.webhook.ingest.domain;

/**
 * A verifier for a provider that signs the raw body with HMAC-SHA256 in one request header (Setu, RazorpayX;
 * Razorpay payments the same way): the signature check is {@link HmacHeaderSignature}'s, so each subclass writes
 * only what its provider's body and headers say about the event. A provider that signs something else (a
 * timestamped payload, a hash of credentials, form fields) implements {@link WebhookVerifier} directly.
 */
public abstract class HmacHeaderVerifier implements WebhookVerifier {

    private final String provider;
    private final HmacHeaderSignature signature;

    protected HmacHeaderVerifier(String provider, HmacHeaderSignature signature) {
        this.provider = provider;
        this.signature = signature;
    }

    @Override
    public final String provider() {
        return provider;
    }

    @Override
    public final boolean signatureValid(InboundWebhook webhook) {
        return signature.verifies(webhook);
    }
}
