package com.trustpay.webhook.guard.web;

import com.trustpay.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Writes guard refusals as problems, with {@code Retry-After} on 429. */
@RestControllerAdvice
class SourceRejectionHandler {

    @ExceptionHandler(SourceRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(SourceRejectedException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        Long retryAfter = e.retryAfterSeconds();
        if (retryAfter != null) {
            problem.setProperty("retryAfterSeconds", retryAfter);
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        }
        return response.body(problem);
    }
}
