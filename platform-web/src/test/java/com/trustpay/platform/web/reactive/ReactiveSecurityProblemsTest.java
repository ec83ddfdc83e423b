package com.trustpay.platform.web.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.platform.web.security.SigningKeysUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import tools.jackson.databind.json.JsonMapper;

class ReactiveSecurityProblemsTest {

    private final ReactiveProblems problems =
            new ReactiveProblems(JsonMapper.builder().build());
    private final ReactiveProblemAuthenticationEntryPoint entryPoint =
            new ReactiveProblemAuthenticationEntryPoint(problems);
    private final ReactiveProblemAccessDeniedHandler accessDenied = new ReactiveProblemAccessDeniedHandler(problems);

    @Test
    void withoutATokenAuthenticationIsRequired() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/escrows"));

        entryPoint
                .commence(exchange, new AuthenticationCredentialsNotFoundException("Not Authenticated"))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getFirst("WWW-Authenticate"))
                .isEqualTo("Bearer");
        assertThat(ProblemWebExceptionHandlerTest.body(exchange).get("code").asString())
                .isEqualTo("AUTHENTICATION_REQUIRED");
    }

    @Test
    void aTokenThatWasSentButRefusedIsAnInvalidToken() {
        MockServerWebExchange exchange =
                MockServerWebExchange.from(MockServerHttpRequest.get("/api/me").header("Authorization", "Bearer x"));

        entryPoint.commence(exchange, new InvalidBearerTokenException("bad")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getFirst("WWW-Authenticate"))
                .isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(ProblemWebExceptionHandlerTest.body(exchange).get("code").asString())
                .isEqualTo("INVALID_TOKEN");
    }

    @Test
    void signingKeysThatCannotBeFetchedAreAServiceOutage() {
        MockServerWebExchange exchange =
                MockServerWebExchange.from(MockServerHttpRequest.get("/api/me").header("Authorization", "Bearer x"));

        entryPoint
                .commence(exchange, new SigningKeysUnavailableException("The escrow service is not answering.", null))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(ProblemWebExceptionHandlerTest.body(exchange).get("detail").asString())
                .isEqualTo("The escrow service is not answering.");
    }

    @Test
    void aCallerWithoutTheRoleIsForbidden() {
        MockServerWebExchange exchange =
                MockServerWebExchange.from(MockServerHttpRequest.post("/api/admin/escrows/e1/retry-release"));

        accessDenied
                .handle(exchange, new AccessDeniedException("Access Denied"))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ProblemWebExceptionHandlerTest.body(exchange).get("code").asString())
                .isEqualTo("FORBIDDEN");
        assertThat(ProblemWebExceptionHandlerTest.body(exchange).get("instance").asString())
                .isEqualTo("/api/admin/escrows/e1/retry-release");
    }
}
