package com.trustpay.webhook.support;

import com.trustpay.testsupport.providers.ProviderSignatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Posts raw webhook bytes with chosen headers, as a provider would. */
public final class WebhookClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public WebhookClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> post(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    public HttpResponse<String> setu(byte[] body, String secret) {
        return post(
                "/webhooks/setu",
                body,
                Map.of(
                        "Content-Type",
                        "application/json",
                        ProviderSignatures.SETU_HEADER,
                        ProviderSignatures.setu(secret, body)));
    }

    public HttpResponse<String> razorpayx(byte[] body, String secret, String eventId) {
        return post(
                "/webhooks/razorpayx",
                body,
                Map.of(
                        "Content-Type",
                        "application/json",
                        ProviderSignatures.RAZORPAYX_HEADER,
                        ProviderSignatures.razorpayx(secret, body),
                        "x-razorpay-event-id",
                        eventId));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
