package com.trustpay.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A stand-in for one backend service: a JDK HTTP server on a free loopback port that records every request it
 * gets and answers from per-path replies (default: 200 JSON naming the path).
 */
public final class StubBackend implements AutoCloseable {

    /** One request as the backend saw it; header names are lower case. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A canned answer, with extra response headers (name to values). */
    public record Reply(int status, String contentType, byte[] body, Map<String, List<String>> headers) {

        public Reply(int status, String contentType, byte[] body) {
            this(status, contentType, body, Map.of());
        }

        public static Reply json(int status, String json) {
            return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        /** The same answer with one more header (repeat it for several values). */
        public Reply withHeader(String name, String value) {
            Map<String, List<String>> more = new TreeMap<>(headers);
            more.merge(name, List.of(value), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                    .toList());
            return new Reply(status, contentType, body, more);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final Map<String, Function<Received, Reply>> replies = new ConcurrentHashMap<>();

    private StubBackend(HttpServer server) {
        this.server = server;
    }

    public static StubBackend start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            StubBackend stub = new StubBackend(server);
            server.createContext("/", stub::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers requests to exactly this path with the given function. */
    public StubBackend on(String path, Function<Received, Reply> reply) {
        replies.put(path, reply);
        return this;
    }

    /** The next request this backend gets, waiting up to 5 s; fails if none comes. */
    public Received take() {
        try {
            Received r = received.poll(5, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("the backend got no request");
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** True if a request arrives within {@code wait}; for asserting that nothing was forwarded. */
    public boolean gotRequestWithin(Duration wait) {
        try {
            return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS) != null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void clear() {
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            Received r = new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    headers,
                    exchange.getRequestBody().readAllBytes());
            received.add(r);
            Reply reply = replies.getOrDefault(
                            r.path(), x -> Reply.json(200, "{\"servedBy\":\"stub\",\"path\":\"" + x.path() + "\"}"))
                    .apply(r);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            reply.headers()
                    .forEach((name, values) ->
                            values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            exchange.getResponseBody().write(reply.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A loopback URL where nothing listens (a service that is down). */
    public static String deadUrl() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
