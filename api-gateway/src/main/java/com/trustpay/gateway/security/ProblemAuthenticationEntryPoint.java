package com.trustpay.gateway.security;

import com.trustpay.gateway.problem.ProblemResponses;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 as problem JSON: {@code AUTHENTICATION_REQUIRED} without a token, {@code INVALID_TOKEN} for a bad one; 503
 * when the signing keys cannot be fetched.
 */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        if (ex instanceof SigningKeysUnavailableException) {
            return ProblemResponses.write(
                    exchange,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "SERVICE_UNAVAILABLE",
                    "Sign-in cannot be checked right now (the escrow service is not answering). "
                            + "Please try again in a minute.",
                    Map.of("Retry-After", "10"));
        }
        boolean badToken = ex instanceof InvalidBearerTokenException
                || exchange.getRequest().getHeaders().containsHeader("Authorization");
        String code = badToken ? "INVALID_TOKEN" : "AUTHENTICATION_REQUIRED";
        String detail = badToken
                ? "The access token is missing its signature, expired or not issued by TrustPay; log in again."
                : "Log in to use this part of the API.";
        String challenge = badToken ? "Bearer error=\"invalid_token\"" : "Bearer";
        return ProblemResponses.write(
                exchange, HttpStatus.UNAUTHORIZED, code, detail, Map.of("WWW-Authenticate", challenge));
    }
}
