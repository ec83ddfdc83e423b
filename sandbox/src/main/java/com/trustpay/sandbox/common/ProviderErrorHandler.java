package com.trustpay.sandbox.common;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Renders a provider's errors in its own shape: a {@link ProviderException} with its status and body, and a
 * request body that cannot be read as the provider's 400. Each provider has one subclass, a
 * {@code @RestControllerAdvice} limited to that provider's controllers, so one provider's shape never leaks into
 * the other's answers.
 */
public abstract class ProviderErrorHandler {

    @ExceptionHandler(ProviderException.class)
    public ResponseEntity<Object> provider(ProviderException e) {
        return ResponseEntity.status(e.status()).body(e.body());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(unreadableBody());
    }

    /** The provider's 400 body for a request body that is not JSON of the expected shape. */
    protected abstract Object unreadableBody();
}
