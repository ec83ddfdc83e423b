package com.trustpay.platform.web.reactive;

import com.trustpay.platform.web.security.SecurityProblems;
import com.trustpay.platform.web.security.SecurityProblems.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A signed-in caller refused by an authorization rule, e.g. a user on {@code /api/admin/**}: 403 {@code FORBIDDEN}. */
public class ReactiveProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ReactiveProblems problems;

    public ReactiveProblemAccessDeniedHandler(ReactiveProblems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        Refusal refusal = SecurityProblems.accessDenied();
        return problems.write(exchange, refusal.problem(), refusal.headers());
    }
}
