package com.trustpay.sandbox.common;

import org.springframework.http.HttpStatus;

/** An error a provider's API answers with: an HTTP status and a body in that provider's error shape. */
public abstract class ProviderException extends RuntimeException {

    private final HttpStatus status;

    protected ProviderException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** The response body, serialised as JSON. */
    public abstract Object body();
}
