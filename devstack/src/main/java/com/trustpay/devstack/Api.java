package com.trustpay.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON-over-HTTP client for scripts and system tests: no framework, just the JDK client. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(String base) {
        this.base = base;
    }

    /** The answer to a call: status and body (parsed when it is JSON). */
    public record Reply(int status, String body) {
        public JsonNode json() {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        }

        public Reply expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("Expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    /** A GET with one more header, e.g. {@code Accept: text/csv}. */
    public Reply get(String path, String token, String headerName, String headerValue) {
        return send(request(path, token).header(headerName, headerValue).GET().build());
    }

    public Reply post(String path, String token, Object body) {
        String json = body == null ? "" : (body instanceof String s ? s : JSON.writeValueAsString(body));
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public Reply post(String path, String token, Object body, String headerName, String headerValue) {
        String json = JSON.writeValueAsString(body);
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .header(headerName, headerValue)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public Reply put(String path, String json) {
        return send(request(path, null)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Posts raw bytes with the given headers (e.g. a provider webhook with its signature). */
    public Reply postRaw(String path, byte[] body, String... headers) {
        return send(request(path, null)
                .headers(headers)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
