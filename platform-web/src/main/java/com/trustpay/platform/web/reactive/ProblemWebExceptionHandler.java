package com.trustpay.platform.web.reactive;

import com.trustpay.platform.problem.ProblemCodes;
import com.trustpay.platform.problem.ProblemException;
import com.trustpay.platform.web.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error that reaches the WebFlux handler chain as a {@link Problem}, in place of Spring Boot's error JSON: a
 * {@link ProblemException} with its code, Spring's own errors (unknown path, wrong method, unreadable body, a
 * route's timeout, ...) with the generic code of their status and their headers, anything else as {@code
 * INTERNAL_ERROR} without a word about the cause. Runs before Spring Boot's handler (order -1).
 */
public class ProblemWebExceptionHandler implements WebExceptionHandler, Ordered {

    /** Just before Spring Boot's {@code ErrorWebExceptionHandler}. */
    public static final int ORDER = -2;

    private static final String INTERNAL_DETAIL = "Something went wrong on our side";
    private static final String UNAVAILABLE_DETAIL =
            "A TrustPay service is not answering right now. Please try again in a minute.";

    private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

    private final ReactiveProblems problems;

    public ProblemWebExceptionHandler(ReactiveProblems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        if (ex instanceof ProblemException problem) {
            return problems.write(exchange, Problem.of(problem), headers(Problem.headersOf(problem)));
        }
        if (ex instanceof ErrorResponse error && !error.getStatusCode().is5xxServerError()) {
            return problems.write(exchange, clientError(error, ex), headers(error.getHeaders()));
        }
        HttpStatusCode status =
                ex instanceof ErrorResponse error ? error.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        Map<String, String> headers = ex instanceof ErrorResponse error ? headers(error.getHeaders()) : Map.of();
        String code = ProblemCodes.forStatus(status.value());
        String method = String.valueOf(exchange.getRequest().getMethod());
        String path = exchange.getRequest().getPath().value();
        if (code.equals(ProblemCodes.SERVICE_UNAVAILABLE)) {
            log.warn("{} {} failed with {}: {}", method, path, status.value(), ex.toString());
            return problems.write(exchange, Problem.of(status, code, UNAVAILABLE_DETAIL), headers);
        }
        log.error("{} {} failed with {}", method, path, status.value(), ex);
        return problems.write(exchange, Problem.of(status, code, INTERNAL_DETAIL), headers);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static Problem clientError(ErrorResponse error, Throwable ex) {
        ProblemDetail body = error.getBody();
        String detail = body.getDetail() != null ? body.getDetail() : ex.getMessage();
        return Problem.of(
                error.getStatusCode(),
                ProblemCodes.forStatus(error.getStatusCode().value()),
                detail);
    }

    private static Map<String, String> headers(HttpHeaders headers) {
        Map<String, String> first = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name, String.join(", ", values));
            }
        });
        return first;
    }
}
