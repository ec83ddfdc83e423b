package com.trustpay.sandbox.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;

/** POSTs one webhook with the JDK HTTP client and reports the outcome as an attempt. */
class WebhookSender {

    private final HttpClient client;
    private final Duration timeout;

    WebhookSender(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    DeliveryAttempt send(int number, String url, byte[] body, Map<String, String> headers, boolean manual) {
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new DeliveryAttempt(number, start, url, response.statusCode(), null, millisSince(t0), manual);
        } catch (IOException | IllegalArgumentException e) {
            return new DeliveryAttempt(number, start, url, null, describe(e), millisSince(t0), manual);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryAttempt(number, start, url, null, "interrupted", millisSince(t0), manual);
        }
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
