package com.trustpay.platform.web.reactive;

import com.trustpay.platform.web.security.SecurityProblems;
import com.trustpay.platform.web.security.SecurityProblems.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A missing or bad bearer token as a problem with its {@code WWW-Authenticate} challenge (see {@link SecurityProblems}). */
public class ReactiveProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ReactiveProblems problems;

    public ReactiveProblemAuthenticationEntryPoint(ReactiveProblems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        Refusal refusal = SecurityProblems.authenticationFailed(
                e, exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION));
        return problems.write(exchange, refusal.problem(), refusal.headers());
    }
}
