package com.trustpay.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.gateway.support.Http;
import com.trustpay.gateway.support.RawHttpConnection;
import com.trustpay.gateway.support.StubBackend;
import com.trustpay.gateway.support.StubBackend.Reply;
import com.trustpay.gateway.support.TestTokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The rate-limit behaviour every limiter must show, with tiny limits (1 request/s, bursts of 2 or 3). Client
 * addresses come from {@code X-Forwarded-For} (trusted here) so each test uses addresses of its own.
 */
abstract class RateLimitContract {

    static final int USER_BURST = 2;
    static final int CLIENT_BURST = 3;
    static final int WEBHOOK_BURST = 2;
    /** Requests sent past the burst; with 1 token/s refill at least one of them must be refused. */
    static final int EXTRA = 4;

    // Shared by both subclasses (one JVM runs them all), so never closed here; they die with the test JVM.
    static final TestTokens TOKENS = new TestTokens();
    static final StubBackend ESCROW =
            StubBackend.start().on("/.well-known/jwks.json", r -> Reply.json(200, TOKENS.jwks()));
    static final StubBackend WEBHOOK = StubBackend.start();

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        registry.add("trustpay.backends.escrow", ESCROW::url);
        registry.add("trustpay.backends.webhook", WEBHOOK::url);
        registry.add("server.forward-headers-strategy", () -> "framework");
        registry.add("trustpay.rate-limit.user.replenish-rate", () -> 1);
        registry.add("trustpay.rate-limit.user.burst-capacity", () -> USER_BURST);
        registry.add("trustpay.rate-limit.client.replenish-rate", () -> 1);
        registry.add("trustpay.rate-limit.client.burst-capacity", () -> CLIENT_BURST);
        registry.add("trustpay.rate-limit.webhook.replenish-rate", () -> 1);
        registry.add("trustpay.rate-limit.webhook.burst-capacity", () -> WEBHOOK_BURST);
    }

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void oneUserOverTheLimitGets429WithRetryAfterWhileOthersGoOn() {
        String token = TOKENS.user();

        List<HttpResponse<byte[]>> responses = burst(USER_BURST + EXTRA, i -> apiCall(token, newClientAddress()));

        assertFirstPassThenSomeRefused(responses, USER_BURST);
        assertThat(apiCall(TOKENS.user(), newClientAddress()).statusCode()).isEqualTo(200);
    }

    @Test
    void oneClientAddressOverTheLimitGets429EvenWithoutToken() {
        String address = newClientAddress();

        List<HttpResponse<byte[]>> responses = burst(CLIENT_BURST + EXTRA, i -> login(address));

        assertFirstPassThenSomeRefused(responses, CLIENT_BURST);
        assertThat(login(newClientAddress()).statusCode()).isEqualTo(200);
    }

    /** The session refresh carries no token (only its cookie): it is limited per client address like login. */
    @Test
    void sessionRefreshesAreLimitedPerClientAddress() {
        String address = newClientAddress();

        List<HttpResponse<byte[]>> responses = burst(CLIENT_BURST + EXTRA, i -> refresh(address));

        assertFirstPassThenSomeRefused(responses, CLIENT_BURST);
        assertThat(refresh(newClientAddress()).statusCode()).isEqualTo(200);
    }

    @Test
    void webhooksAreLimitedPerClientAddress() {
        String address = newClientAddress();

        List<HttpResponse<byte[]>> responses = burst(WEBHOOK_BURST + EXTRA, i -> webhook(address));

        assertFirstPassThenSomeRefused(responses, WEBHOOK_BURST);
        assertThat(webhook(newClientAddress()).statusCode()).isEqualTo(200);
    }

    /**
     * A refusal is answered at once, without reading the request body, while allowed requests are answered later by a
     * backend. Mixing the two on one keep-alive connection, each request written as soon as the previous answer is
     * read, must never leave the connection unread (reactor-netty 1.3.6 alone stops reading it within a
     * few hundred requests: see KeepAliveReadRearm).
     */
    @Test
    void aKeepAliveConnectionIsStillReadAfterRefusals() {
        String limited = newClientAddress();
        int refused = 0;
        try (RawHttpConnection connection = new RawHttpConnection(port, 10_000)) {
            for (int i = 0; i < 300; i++) {
                assertThat(connection
                                .exchange("POST", "/webhooks/setu", webhookHeaders(newClientAddress()), "{}")
                                .status())
                        .isEqualTo(200);
                int status = connection
                        .exchange("POST", "/webhooks/setu", webhookHeaders(limited), "{}")
                        .status();
                assertThat(status).isIn(200, 429);
                refused += status == 429 ? 1 : 0;
            }
        }
        assertThat(refused).isPositive();
    }

    /**
     * The same with pipelining: a proxied request and a refused one written together, then the next pair (the shape
     * of reactor-netty issue 4361's reproducer, where the third request was never read). GETs, because
     * reactor-netty 1.3.6 answers a pipelined request that has a body with a 500 (its buffered body is released
     * before the route reads it), with or without KeepAliveReadRearm.
     */
    @Test
    void aPipeliningConnectionIsStillReadAfterRefusals() {
        String limited = TOKENS.user();
        try (RawHttpConnection connection = new RawHttpConnection(port, 10_000)) {
            for (int i = 0; i < 150; i++) {
                List<RawHttpConnection.Response> responses = connection.pipeline(List.of(
                        new RawHttpConnection.Request("GET", "/api/escrows", apiHeaders(TOKENS.user()), ""),
                        new RawHttpConnection.Request("GET", "/api/escrows", apiHeaders(limited), "")));
                assertThat(responses.get(0).status()).isEqualTo(200);
                assertThat(responses.get(1).status()).isIn(200, 429);
            }
        }
    }

    private static Map<String, String> apiHeaders(String token) {
        return Map.of("Authorization", "Bearer " + token, "X-Forwarded-For", newClientAddress());
    }

    private static Map<String, String> webhookHeaders(String clientAddress) {
        return Map.of("Content-Type", "application/json", "X-Forwarded-For", clientAddress);
    }

    private static void assertFirstPassThenSomeRefused(List<HttpResponse<byte[]>> responses, int burst) {
        assertThat(responses.subList(0, burst))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        HttpResponse<byte[]> refused = responses.subList(burst, responses.size()).stream()
                .filter(r -> r.statusCode() == 429)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no request past the burst was refused"));
        assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Http.json(refused);
        assertThat(problem.get("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
    }

    private static List<HttpResponse<byte[]>> burst(int count, Function<Integer, HttpResponse<byte[]>> call) {
        List<HttpResponse<byte[]>> responses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            responses.add(call.apply(i));
        }
        return responses;
    }

    private HttpResponse<byte[]> apiCall(String token, String clientAddress) {
        return http.send(http.request("/api/escrows")
                .header("Authorization", "Bearer " + token)
                .header("X-Forwarded-For", clientAddress));
    }

    private HttpResponse<byte[]> login(String clientAddress) {
        return http.send(http.request("/api/auth/login")
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    private HttpResponse<byte[]> refresh(String clientAddress) {
        return http.send(http.request("/api/auth/refresh")
                .header("Cookie", "trustpay_session=s")
                .header("X-TrustPay-Session", "1")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<byte[]> webhook(String clientAddress) {
        return http.send(http.request("/webhooks/setu")
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    static String newClientAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }
}
