package com.trustpay.gateway.security;

import org.springframework.security.core.AuthenticationException;

/**
 * The token could not be checked because the signing keys (JWKS) could not be fetched: the caller's fault is
 * unknown, so the answer is 503, not 401. Deliberately not an {@code AuthenticationServiceException}, which Spring
 * Security would rethrow as a 500.
 */
class SigningKeysUnavailableException extends AuthenticationException {

    SigningKeysUnavailableException(Throwable cause) {
        super("token signing keys unavailable", cause);
    }
}
