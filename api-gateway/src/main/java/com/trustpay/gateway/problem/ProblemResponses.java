package com.trustpay.gateway.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Problem} as {@code application/problem+json} straight onto a reactive response. */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {}

    /** Writes the problem; {@code headers} are added first (e.g. {@code Retry-After}, {@code WWW-Authenticate}). */
    public static Mono<Void> write(
            ServerWebExchange exchange, HttpStatus status, String code, String detail, Map<String, String> headers) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Problem problem = Problem.of(status, code, detail)
                .at(exchange.getRequest().getPath().value());
        response.setStatusCode(status);
        headers.forEach(response.getHeaders()::set);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = JSON.writeValueAsBytes(problem);
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    /** Writes the problem without extra headers. */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String detail) {
        return write(exchange, status, code, detail, Map.of());
    }
}
