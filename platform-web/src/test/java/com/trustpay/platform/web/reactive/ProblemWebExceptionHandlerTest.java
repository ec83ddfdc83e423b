package com.trustpay.platform.web.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.platform.problem.ProblemException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemWebExceptionHandlerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ProblemWebExceptionHandler handler = new ProblemWebExceptionHandler(new ReactiveProblems(JSON));

    @Test
    void anUnknownPathIsNotFound() {
        MockServerWebExchange exchange = exchange("/internal/escrows/e1");

        handler.handle(exchange, new ResponseStatusException(HttpStatus.NOT_FOUND))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode body = body(exchange);
        assertThat(body.get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(body.get("type").asString()).isEqualTo("https://trustpay.dev/problems/not-found");
        assertThat(body.get("instance").asString()).isEqualTo("/internal/escrows/e1");
    }

    @Test
    void aWrongMethodKeepsItsAllowHeader() {
        MockServerWebExchange exchange = exchange("/ui-config.json");

        handler.handle(exchange, new MethodNotAllowedException(HttpMethod.DELETE, Set.of(HttpMethod.GET)))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(exchange.getResponse().getHeaders().getFirst("Allow")).isEqualTo("GET");
        assertThat(body(exchange).get("code").asString()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void aProblemExceptionKeepsItsCode() {
        MockServerWebExchange exchange = exchange("/sandbox-pay");

        handler.handle(exchange, ProblemException.invalid("refId", "INVALID_REQUEST", "refId is required"))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = body(exchange);
        assertThat(body.get("code").asString()).isEqualTo("INVALID_REQUEST");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("refId");
    }

    @Test
    void anUnexpectedErrorSaysNothingAboutItsCause() {
        MockServerWebExchange exchange = exchange("/api/escrows");

        handler.handle(exchange, new IllegalStateException("password=hunter2")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        JsonNode body = body(exchange);
        assertThat(body.get("code").asString()).isEqualTo("INTERNAL_ERROR");
        assertThat(body.toString()).doesNotContain("hunter2");
    }

    @Test
    void aGatewayTimeoutIsAServiceThatDoesNotAnswer() {
        MockServerWebExchange exchange = exchange("/api/escrows");

        handler.handle(exchange, new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer"))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(body(exchange).get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
    }

    private static MockServerWebExchange exchange(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path));
    }

    static JsonNode body(MockServerWebExchange exchange) {
        return JSON.readTree(exchange.getResponse().getBodyAsString().block());
    }
}
