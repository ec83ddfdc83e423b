package com.trustpay.gateway.ratelimit;

import com.trustpay.gateway.ratelimit.RateLimitProperties.Limit;
import com.trustpay.platform.web.reactive.ReactiveProblems;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * The three rate-limit policies and where they sit among the web filters: per client address ahead of the token
 * check, per user right after it.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    static final String USER = "user";
    static final String CLIENT = "client";
    static final String WEBHOOK = "webhook";

    private static final List<String> API = List.of("/api/**", "/sandbox-pay");

    @Bean
    @Order(-150)
    WebFilter clientRateLimitWebFilter(EdgeRateLimiter limiter, ReactiveProblems problems) {
        return new RateLimitWebFilter(CLIENT, limiter.limiter(), API, RateLimitConfiguration::clientAddress, problems);
    }

    @Bean
    @Order(-149)
    WebFilter webhookRateLimitWebFilter(EdgeRateLimiter limiter, ReactiveProblems problems) {
        return new RateLimitWebFilter(
                WEBHOOK, limiter.limiter(), List.of("/webhooks/**"), RateLimitConfiguration::clientAddress, problems);
    }

    /** Right after Spring Security's chain (order -100), which has set the principal by then. */
    @Bean
    @Order(-99)
    WebFilter userRateLimitWebFilter(EdgeRateLimiter limiter, ReactiveProblems problems) {
        return new RateLimitWebFilter(
                USER,
                limiter.limiter(),
                API,
                exchange -> exchange.getPrincipal().map(p -> p.getName()),
                problems);
    }

    @Bean
    @Conditional(OnRedisConfigured.class)
    EdgeRateLimiter redisEdgeRateLimiter(
            ReactiveStringRedisTemplate redis,
            @Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME) RedisScript<List<Long>> script,
            ConfigurationService configurationService,
            RateLimitProperties props) {
        RedisRateLimiter limiter = new RedisRateLimiter(redis, script, configurationService);
        policies(props).forEach((policy, limit) -> limiter.getConfig()
                .put(
                        policy,
                        new RedisRateLimiter.Config()
                                .setReplenishRate(limit.replenishRate())
                                .setBurstCapacity(limit.burstCapacity())
                                .setRequestedTokens(1)));
        return new EdgeRateLimiter(limiter);
    }

    @Bean
    @Conditional(OnRedisNotConfigured.class)
    EdgeRateLimiter inMemoryEdgeRateLimiter(RateLimitProperties props) {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter();
        policies(props).forEach((policy, limit) -> limiter.getConfig()
                .put(policy, new InMemoryRateLimiter.Config(limit.replenishRate(), limit.burstCapacity())));
        return new EdgeRateLimiter(limiter);
    }

    private static Map<String, Limit> policies(RateLimitProperties props) {
        return Map.of(USER, props.user(), CLIENT, props.client(), WEBHOOK, props.webhook());
    }

    private static Mono<String> clientAddress(ServerWebExchange exchange) {
        // Unresolved when it came from X-Forwarded-For (forward-headers-strategy=framework): use the host string.
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return Mono.just(remote == null ? "unknown" : remote.getHostString());
    }
}
