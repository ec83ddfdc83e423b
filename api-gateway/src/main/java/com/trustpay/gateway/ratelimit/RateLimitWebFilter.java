package com.trustpay.gateway.ratelimit;

import com.trustpay.platform.problem.ProblemCodes;
import com.trustpay.platform.web.Problem;
import com.trustpay.platform.web.reactive.ReactiveProblems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Applies one rate-limit policy to the requests whose path matches: the key (client address, user id, ...) picks
 * the bucket; no key means the policy does not apply to this request. Over the limit: 429 problem JSON with
 * {@code Retry-After}.
 */
class RateLimitWebFilter implements WebFilter {

    private final String policy;
    private final RateLimiter<?> limiter;
    private final List<PathPattern> paths;
    private final Function<ServerWebExchange, Mono<String>> key;
    private final ReactiveProblems problems;

    RateLimitWebFilter(
            String policy,
            RateLimiter<?> limiter,
            List<String> paths,
            Function<ServerWebExchange, Mono<String>> key,
            ReactiveProblems problems) {
        this.policy = policy;
        this.limiter = limiter;
        this.paths =
                paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.key = key;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        if (paths.stream().noneMatch(p -> p.matches(path))) {
            return chain.filter(exchange);
        }
        // Limiters keep one bucket per (policy, key): Redis keys read request_rate_limiter.{<policy>.<key>}.
        return key.apply(exchange)
                .flatMap(k -> limiter.isAllowed(policy, k))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(response -> response.isEmpty() || response.get().isAllowed()
                        ? chain.filter(exchange)
                        : tooManyRequests(exchange, response.get().getHeaders()));
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange, Map<String, String> headers) {
        String retryAfter = headers.getOrDefault("Retry-After", "1");
        return problems.write(
                exchange,
                Problem.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        ProblemCodes.RATE_LIMITED,
                        "Too many requests; try again in " + retryAfter + " s."),
                Map.of("Retry-After", retryAfter));
    }
}
