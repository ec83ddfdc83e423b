package com.trustpay.payment.it;

import com.sun.net.httpserver.HttpServer;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.WireJson;
import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Plays webhook-ingest in the ITs: receives the sandbox's webhooks and forwards each as a ProviderWebhookReceived
 * on {@code provider.webhooks} (signature checking is webhook-ingest's job and is not repeated here).
 */
final class WebhookRelay implements AutoCloseable {

    private final HttpServer server;
    private volatile Consumer<byte[]> sink = bytes -> {};
    private volatile String prefix = "";

    WebhookRelay() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks/", exchange -> {
            String provider = exchange.getRequestURI().getPath().substring("/webhooks/".length());
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String eventId = exchange.getRequestHeaders().getFirst("x-razorpay-event-id");
            sink.accept(encode(provider, new String(raw, StandardCharsets.UTF_8), eventId));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Starts forwarding to Kafka through {@code send} (topic, key, bytes). */
    void forwardTo(TopicNames topics, EnvelopeCodec codec, KafkaSend send) {
        this.prefix = topics.of(Topics.PROVIDER_WEBHOOKS);
        this.codec = codec;
        this.sink = bytes -> send.send(prefix, bytes);
    }

    private EnvelopeCodec codec;

    private byte[] encode(String provider, String raw, String razorpayEventId) {
        JsonNode body = WireJson.mapper().readTree(raw);
        boolean setu = "setu".equals(provider);
        boolean phonePe = "phonepe".equals(provider);
        String eventType =
                setu ? body.path("eventType").asString() : body.path("event").asString();
        JsonNode payload = body.path("payload");
        String resourceId = setu
                ? body.path("id").asString()
                : phonePe
                        ? payload.path(eventType.startsWith("pg.refund.") ? "refundId" : "orderId")
                                .asString()
                        : payload.path("payout").path("entity").path("id").asString();
        String eventId = setu
                ? body.path("eventId").asString()
                : phonePe
                        ? resourceId + ":" + eventType + ":"
                                + payload.path("state").asString()
                        : razorpayEventId;
        ProviderWebhookReceived hook = new ProviderWebhookReceived(
                UUID.randomUUID(), provider, eventId, eventType, resourceId, Instant.now(), false, Map.of(), raw);
        return codec.encode(codec.wrap(hook));
    }

    /** Sends bytes to a topic. */
    interface KafkaSend {
        void send(String topic, byte[] bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
