package com.trustpay.platform.web.reactive;

import com.trustpay.platform.web.RequestLimitsProperties;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The public API's body limit at the gateway ({@link RequestLimitsProperties}): a declared {@code Content-Length}
 * over it is answered 413 before the body is read or proxied; a body without one (chunked) is counted as it flows
 * and fails at the limit, which {@link ProblemWebExceptionHandler} answers as the same problem.
 */
public class ReactiveBodySizeLimitFilter implements WebFilter, Ordered {

    /** Early: before security and rate limits read anything of the request. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    private final RequestLimitsProperties limits;
    private final ReactiveProblems problems;

    public ReactiveBodySizeLimitFilter(RequestLimitsProperties limits, ReactiveProblems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!limits.limits(request.getPath().pathWithinApplication().value())) {
            return chain.filter(exchange);
        }
        long max = limits.maxBodySize().toBytes();
        if (request.getHeaders().getContentLength() > max) {
            return problems.write(exchange, limits.tooLarge());
        }
        return chain.filter(exchange.mutate().request(new Limited(request, max)).build());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static final class Limited extends ServerHttpRequestDecorator {

        private final long max;

        Limited(ServerHttpRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong read = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (read.addAndGet(buffer.readableByteCount()) > max) {
                    DataBufferUtils.release(buffer);
                    sink.error(new ResponseStatusException(
                            HttpStatus.CONTENT_TOO_LARGE, "The request body may have at most " + max + " bytes"));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
