package com.trustpay.gateway.requestid;

import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One access-log line per request on logger {@code trustpay.access}: method, path (never the query, which may hold
 * personal data), status, duration, client address and request id.
 */
class AccessLogWebFilter implements WebFilter {

    private static final Logger ACCESS = LoggerFactory.getLogger("trustpay.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> log(exchange, started));
    }

    private static void log(ServerWebExchange exchange, long started) {
        if (!ACCESS.isInfoEnabled()) {
            return;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        ACCESS.info(
                "{} {} {} {}ms client={} requestId={}",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(),
                status == null ? 200 : status.value(),
                (System.nanoTime() - started) / 1_000_000,
                remote == null ? "-" : remote.getHostString(),
                exchange.getAttributeOrDefault(RequestIds.ATTRIBUTE, "-"));
    }
}
