package com.trustpay.webhook.ingest.domain;

/** A correctly signed webhook whose body or headers cannot be read as the provider's event. */
public class MalformedWebhookException extends RuntimeException {

    public MalformedWebhookException(String message) {
        super(message);
    }

    public MalformedWebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
