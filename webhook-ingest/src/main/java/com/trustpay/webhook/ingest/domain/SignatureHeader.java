package com.trustpay.webhook.ingest.domain;

import java.util.Optional;

/**
 * Where a provider puts its HMAC-SHA256 digest of the body, and how it writes it.
 *
 * @param name the header, in lower case
 * @param encoding the digest's text form
 */
public record SignatureHeader(String name, SignatureEncoding encoding) {

    /** The digest the request presents, or empty when the header is missing or not in this encoding. */
    public Optional<byte[]> presentedOn(InboundWebhook webhook) {
        return Optional.ofNullable(webhook.header(name)).flatMap(encoding::decode);
    }
}
