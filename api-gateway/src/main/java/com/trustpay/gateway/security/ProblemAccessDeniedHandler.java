package com.trustpay.gateway.security;

import com.trustpay.gateway.problem.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as problem JSON, e.g. a user without the admin role on {@code /api/admin/**}. */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return ProblemResponses.write(
                exchange, HttpStatus.FORBIDDEN, "FORBIDDEN", "Your account is not allowed to do this.");
    }
}
