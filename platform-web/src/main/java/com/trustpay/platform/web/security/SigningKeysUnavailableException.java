package com.trustpay.platform.web.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A token could not be checked because the signing keys (the JWKS) could not be fetched: the caller's fault is
 * unknown, so the answer is 503 {@code SERVICE_UNAVAILABLE}, not 401. Deliberately not an {@code
 * AuthenticationServiceException}, which Spring Security rethrows as a 500.
 */
public class SigningKeysUnavailableException extends AuthenticationException {

    /** @param detail what the caller is told, e.g. which service is not answering */
    public SigningKeysUnavailableException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
