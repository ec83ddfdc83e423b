package com.trustpay.webhook.ingest.domain;

import java.util.Optional;

/**
 * A provider's signature: HMAC-SHA256 of the raw body, written in {@code encoding} in the {@code header} request
 * header, under any of the provider's active secrets.
 *
 * @param header the header's name, in lower case
 * @param encoding the digest's text form
 * @param secrets the current secret and, during a rotation, the previous one
 */
public record HmacHeaderSignature(String header, SignatureEncoding encoding, WebhookSecrets secrets) {

    /**
     * Whether the request carries the digest of exactly its body under one of the secrets. A missing or undecodable
     * header is simply invalid; the comparison takes the same time wherever the digests differ.
     */
    public boolean verifies(InboundWebhook webhook) {
        return Optional.ofNullable(webhook.header(header))
                .flatMap(encoding::decode)
                .map(presented -> secrets.anyMatches(webhook.body(), presented))
                .orElse(false);
    }
}
