package com.trustpay.webhook.ingest.web;

import com.trustpay.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns refusals of the webhook controller into problem bodies. */
@RestControllerAdvice(assignableTypes = WebhookController.class)
class WebhookProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(WebhookProblemHandler.class);

    @ExceptionHandler(WebhookProblem.class)
    ProblemDetail refused(WebhookProblem problem) {
        ProblemDetail body = Problems.of(problem.status(), problem.code(), problem.getMessage());
        problem.properties().forEach(body::setProperty);
        return body;
    }

    /** Nothing was acknowledged, so the provider will retry: say so with 503 rather than a bare 500. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ProblemDetail storageDown(RuntimeException e) {
        log.error("Webhook not stored: {}", e.toString());
        return Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE, "STORAGE_UNAVAILABLE", "The webhook could not be stored; retry later");
    }
}
