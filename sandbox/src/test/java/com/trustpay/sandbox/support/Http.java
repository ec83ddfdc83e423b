package com.trustpay.sandbox.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A minimal JSON HTTP client for tests. */
public final class Http {

    /** A response: status, parsed JSON body (null if empty) and headers. */
    public record Response(int status, JsonNode json, String raw, HttpResponse<String> http) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(String base) {
        this.base = base;
    }

    public static JsonMapper json() {
        return JSON;
    }

    public Response send(String method, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(20))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(
                                            body instanceof String s ? s : JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
            headers.forEach(request::header);
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode node = raw == null || raw.isBlank() || !raw.trim().startsWith("{") ? null : JSON.readTree(raw);
            return new Response(response.statusCode(), node, raw, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
