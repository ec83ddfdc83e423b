package com.trustpay.webhook.ingest.domain;

/**
 * The signature check shared by providers that put HMAC-SHA256 of the raw body in one request header (Setu,
 * RazorpayX; Razorpay payments the same way): a missing or undecodable header is invalid, and the digest is compared
 * in constant time under every active secret, so a rotation's previous secret still verifies. Each subclass adds
 * only what its provider's body and headers say about the event. A provider that signs something else (a timestamped
 * payload, a hash of credentials, form fields) implements {@link WebhookVerifier} directly.
 */
public abstract class HmacHeaderVerifier implements WebhookVerifier {

    private final String provider;
    private final SignatureHeader signature;
    private final WebhookSecrets secrets;

    protected HmacHeaderVerifier(String provider, SignatureHeader signature, WebhookSecrets secrets) {
        this.provider = provider;
        this.signature = signature;
        this.secrets = secrets;
    }

    @Override
    public final String provider() {
        return provider;
    }

    @Override
    public final boolean signatureValid(InboundWebhook webhook) {
        return signature
                .presentedOn(webhook)
                .map(presented -> secrets.anyMatches(webhook.body(), presented))
                .orElse(false);
    }
}
