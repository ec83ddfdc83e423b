package com.trustpay.webhook.ingest.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A webhook refused with an RFC 7807 problem. Thrown often under attack, so it carries no stack trace.
 *
 * @param code the stable problem code, e.g. {@code SIGNATURE_INVALID}
 */
class WebhookProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> properties;

    WebhookProblem(HttpStatus status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    WebhookProblem(HttpStatus status, String code, String detail, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.properties = properties;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, Object> properties() {
        return properties;
    }
}
