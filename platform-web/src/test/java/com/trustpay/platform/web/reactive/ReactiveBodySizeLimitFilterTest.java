package com.trustpay.platform.web.reactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.platform.web.RequestLimitsProperties;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

class ReactiveBodySizeLimitFilterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ReactiveProblems problems = new ReactiveProblems(JSON);
    private final ReactiveBodySizeLimitFilter filter = new ReactiveBodySizeLimitFilter(
            new RequestLimitsProperties(DataSize.ofBytes(100), List.of("/api/")), problems);

    private static Flux<DataBuffer> chunks(int count, int size) {
        return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[size]));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsAnswered413WithoutGoingOn() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/escrows").contentLength(101).body(chunks(1, 101)));
        AtomicBoolean reached = new AtomicBoolean();

        filter.filter(exchange, e -> {
                    reached.set(true);
                    return e.getResponse().setComplete();
                })
                .block();

        assertThat(reached).isFalse();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    @Test
    void aChunkedBodyFailsAtTheLimitAsA413() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/escrows").body(chunks(50, 10)));

        assertThatThrownBy(() -> filter.filter(exchange, e -> DataBufferUtils.join(
                                        e.getRequest().getBody())
                                .then())
                        .block())
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getStatusCode())
                        .isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
        ProblemWebExceptionHandler handler = new ProblemWebExceptionHandler(problems);
        handler.handle(exchange, new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE))
                .block();
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    @Test
    void aBodyWithinTheLimitAndOtherPathsFlowThrough() {
        MockServerWebExchange small = MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/escrows").body(chunks(9, 10)));
        filter.filter(small, e -> DataBufferUtils.join(e.getRequest().getBody()).then())
                .block();
        MockServerWebExchange webhook = MockServerWebExchange.from(
                MockServerHttpRequest.post("/webhooks/setu").body(chunks(50, 10)));
        filter.filter(webhook, e -> DataBufferUtils.join(e.getRequest().getBody())
                        .then())
                .block();
        assertThat(small.getResponse().getStatusCode()).isNull();
        assertThat(webhook.getResponse().getStatusCode()).isNull();
    }
}
