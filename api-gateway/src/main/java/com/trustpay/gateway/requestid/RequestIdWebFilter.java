package com.trustpay.gateway.requestid;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Runs first: settles the request id, puts it on the request passed on to the service and on the response, so
 * that even a 401 or 429 written by the gateway itself carries it.
 */
class RequestIdWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(h -> h.set(RequestIds.HEADER, id))
                .build();
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
        exchange.getResponse().beforeCommit(() -> {
            // A proxied response may bring the service's own copy: keep exactly one.
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
            return Mono.empty();
        });
        ServerWebExchange mutated = exchange.mutate().request(request).build();
        mutated.getAttributes().put(RequestIds.ATTRIBUTE, id);
        return chain.filter(mutated);
    }
}
