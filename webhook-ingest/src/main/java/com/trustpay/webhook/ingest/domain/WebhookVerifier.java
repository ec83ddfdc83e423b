package com.trustpay.webhook.ingest.domain;

import java.util.List;

/**
 * One provider's webhook rules. Adding a provider means one class implementing this and one bean; the servlet and
 * the storage are generic. A provider that sends HMAC-SHA256 of the raw body in one header extends
 * {@link HmacHeaderVerifier} and writes only {@link #parse} and {@link #retainedHeaders}; a provider that follows
 * Standard Webhooks needs no class at all, only configuration ({@link StandardWebhooksVerifier}).
 */
public interface WebhookVerifier {

    /** The path segment and the {@code provider} on the wire, e.g. {@code setu}. */
    String provider();

    /** The media type the provider posts (any parameters accepted); others are refused with 415. */
    default String contentType() {
        return "application/json";
    }

    /**
     * Whether the request carries a valid signature over exactly {@code webhook.body()}, under any of the
     * active secrets. Must compare in constant time and must not parse the body further than the signature needs
     * (PayU's hash is over form fields, so its verifier reads the form).
     */
    boolean signatureValid(InboundWebhook webhook);

    /**
     * Reads the event's identity from a webhook whose signature is valid.
     *
     * @throws MalformedWebhookException when the body is not the provider's JSON or lacks the event id or type
     */
    ProviderEvent parse(InboundWebhook webhook);

    /** The request headers kept with the receipt (lower case): signature, event id, content type. */
    List<String> retainedHeaders();
}
