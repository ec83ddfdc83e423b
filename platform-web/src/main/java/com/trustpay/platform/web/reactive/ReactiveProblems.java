package com.trustpay.platform.web.reactive;

import com.trustpay.platform.web.Problem;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Problem} as {@code application/problem+json} straight onto a reactive response. */
public final class ReactiveProblems {

    private final JsonMapper json;

    public ReactiveProblems(JsonMapper json) {
        this.json = json;
    }

    /**
     * Writes the problem with its status, naming the request path as {@code instance} unless it names one already;
     * {@code headers} are set first (e.g. {@code Retry-After}, {@code WWW-Authenticate}). A committed response is
     * left alone.
     */
    public Mono<Void> write(ServerWebExchange exchange, Problem problem, Map<String, String> headers) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Problem located = problem.instance() == null
                ? problem.at(exchange.getRequest().getPath().value())
                : problem;
        response.setStatusCode(HttpStatusCode.valueOf(located.status()));
        headers.forEach(response.getHeaders()::set);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(located);
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    /** Writes the problem without extra headers. */
    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        return write(exchange, problem, Map.of());
    }
}
