package com.trustpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.trustpay.gateway.support.StubBackend;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notification stream through the gateway: no bearer token at the edge (EventSource cannot send one; the service
 * checks the ticket), the query passed on, and a stream that stays quiet longer than the call timeout is not cut.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
            "trustpay.routing.circuit-breaker.timeout=1s"
        })
class NotificationStreamRouteIT {

    /** Longer than both timeouts above: the gap between the stream's two events. */
    static final Duration QUIET = Duration.ofMillis(2500);

    static final AtomicReference<String> RECEIVED_QUERY = new AtomicReference<>();
    static final CountDownLatch SECOND_SENT = new CountDownLatch(1);
    static final HttpServer NOTIFICATION = streamingBackend();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        String down = StubBackend.deadUrl();
        registry.add(
                "trustpay.backends.notification",
                () -> "http://127.0.0.1:" + NOTIFICATION.getAddress().getPort());
        registry.add("trustpay.backends.escrow", () -> down);
        registry.add("trustpay.backends.payment", () -> down);
        registry.add("trustpay.backends.webhook", () -> down);
        registry.add("trustpay.backends.reconciliation", () -> down);
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopBackend() {
        NOTIFICATION.stop(0);
    }

    @Test
    void aQuietStreamPassesTheGatewayWithoutATokenAndIsNotCutByTheCallTimeout() throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/api/notifications/stream?ticket=t-123"))
                                .header("Accept", "text/event-stream")
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> ids = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("id:")) {
                    ids.add(line.substring(3).strip());
                }
            }
        }
        assertThat(SECOND_SENT.await(0, TimeUnit.SECONDS)).isTrue();
        assertThat(ids).containsExactly("1", "2");
        assertThat(RECEIVED_QUERY.get()).isEqualTo("ticket=t-123");
    }

    @Test
    void theRestOfTheNotificationApiStillNeedsAToken() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notifications"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    /** A notification-service stand-in whose stream sends one event, stays quiet, sends another and ends. */
    private static HttpServer streamingBackend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/api/notifications/stream", exchange -> {
                RECEIVED_QUERY.set(exchange.getRequestURI().getRawQuery());
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write("id: 1\nevent: notification\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(QUIET);
                    out.write("id: 2\nevent: notification\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    SECOND_SENT.countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
