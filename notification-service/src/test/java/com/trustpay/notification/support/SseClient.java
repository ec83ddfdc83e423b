package com.trustpay.notification.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/** A Server-Sent Events client over real HTTP, as a browser's EventSource reads a stream. */
public final class SseClient implements AutoCloseable {

    /** One event: its id, name and data. */
    public record Event(String id, String name, String data) {}

    private final int status;
    private final InputStream body;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger comments = new AtomicInteger();
    private final String errorBody;

    private SseClient(HttpResponse<InputStream> response) throws IOException {
        this.status = response.statusCode();
        this.body = response.body();
        if (status == 200) {
            this.errorBody = null;
            Thread.ofVirtual().name("sse-client").start(this::read);
        } else {
            this.errorBody = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Opens {@code url}; {@code lastEventId} (or null) is sent as the Last-Event-ID header. */
    public static SseClient open(String url, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(2));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseClient(
                    HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return status;
    }

    /** The body of a refused stream (a problem). */
    public String errorBody() {
        return errorBody;
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The {@code notification} events received so far. */
    public List<Event> notifications() {
        return events.stream().filter(e -> "notification".equals(e.name())).toList();
    }

    public int comments() {
        return comments.get();
    }

    /** Waits (at most 30 s) until {@code count} notifications arrived, and returns them. */
    public List<Event> awaitNotifications(int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> notifications().size() >= count);
        return notifications();
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            List<String> data = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty() || name != null) {
                        events.add(new Event(id, name, String.join("\n", data)));
                    }
                    id = null;
                    name = null;
                    data = new ArrayList<>();
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(5).strip());
                }
            }
        } catch (IOException e) {
            // the stream was closed, by the server or by close()
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
