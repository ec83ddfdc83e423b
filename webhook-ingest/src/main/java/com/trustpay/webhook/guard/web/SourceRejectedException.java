package com.trustpay.webhook.guard.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A request refused before its body was read: 403 (not on the allow-list) or 429 (rate limited). */
class SourceRejectedException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Duration retryAfter;

    SourceRejectedException(HttpStatus status, String code, String detail, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    /** Whole seconds, at least 1; {@code null} when there is nothing to wait for. */
    Long retryAfterSeconds() {
        return retryAfter == null ? null : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
