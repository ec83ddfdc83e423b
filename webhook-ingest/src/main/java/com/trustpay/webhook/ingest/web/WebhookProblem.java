package com.trustpay.webhook.ingest.web;

import com.trustpay.platform.web.Problem;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A webhook refused with an RFC 7807 problem. Thrown often under attack, so it carries no stack trace.
 *
 * @param code the stable problem code, e.g. {@code SIGNATURE_INVALID}
 */
class WebhookProblem extends RuntimeException {

    private final transient Problem problem;

    WebhookProblem(HttpStatus status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    /** @param properties more members of the problem, after {@code code} */
    WebhookProblem(HttpStatus status, String code, String detail, Map<String, ?> properties) {
        super(detail, null, false, false);
        this.problem = Problem.of(status, code, detail).with(properties);
    }

    Problem problem() {
        return problem;
    }

    String code() {
        return problem.code();
    }
}
