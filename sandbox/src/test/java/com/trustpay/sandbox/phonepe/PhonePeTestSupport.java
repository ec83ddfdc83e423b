package com.trustpay.sandbox.phonepe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.support.Http;
import com.trustpay.sandbox.support.Http.Response;
import com.trustpay.sandbox.support.SandboxIntegrationSupport;
import com.trustpay.sandbox.support.WebhookReceiver.Received;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * The PhonePe side of the shared sandbox: callbacks pointed at the in-test receiver, refunds settled only when a
 * test says so, and helpers for the token service, the PG APIs and the mock payer.
 */
abstract class PhonePeTestSupport extends SandboxIntegrationSupport {

    /** An expiry (seconds) long enough that no test sees it fire: 86.4 s real at speed 1000. */
    static final Long LONG = 86_400L;

    static final String BASE = "/phonepe/apis/pg-sandbox";
    static final String HOOK = "/hooks/phonepe";
    static final String CLIENT_ID = "TRUSTPAYSANDBOX_2612";
    static final String CLIENT_SECRET = "sandbox-phonepe-secret";
    static final String CALLBACK_USER = "sandbox_phonepe";
    static final String CALLBACK_PASSWORD = "sandboxPhonePe2026";
    static final String MERCHANT_ID = "TRUSTPAYUAT";

    private final HttpClient client = HttpClient.newHttpClient();
    private String bearer;

    @BeforeEach
    void phonePeSetUp() {
        bearer = null;
        Response hooks = http.send(
                "PUT", "/sandbox/webhooks/config", Map.of("phonepe", Map.of("url", RECEIVER.url(HOOK))), Map.of());
        assertThat(hooks.status()).as(hooks.raw()).isEqualTo(200);
        settings(Map.of("refundAutoResolve", "PT0S"));
    }

    void settings(Map<String, Object> change) {
        Response r = http.send("PUT", "/sandbox/phonepe/settings", change, Map.of());
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
    }

    /** {@code POST …/v1/oauth/token} with these form fields. */
    Response tokenRequest(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + BASE + "/v1/oauth/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode json = raw.trim().startsWith("{") ? Http.json().readTree(raw) : null;
            return new Response(response.statusCode(), json, raw, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> goodCredentials() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", CLIENT_ID);
        form.put("client_version", "1");
        form.put("client_secret", CLIENT_SECRET);
        form.put("grant_type", "client_credentials");
        return form;
    }

    String accessToken() {
        if (bearer == null) {
            Response r = tokenRequest(goodCredentials());
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
            bearer = r.json().get("access_token").asString();
        }
        return bearer;
    }

    /** A PG API call with a valid O-Bearer token. */
    Response pg(String method, String path, Object body) {
        return http.send(method, BASE + path, body, Map.of("Authorization", "O-Bearer " + accessToken()));
    }

    Response createCustom(String merchantOrderId, long amount, String mode, String vpa, Long expireAfter) {
        Map<String, Object> paymentMode = new HashMap<>();
        paymentMode.put("type", mode);
        if (vpa != null) {
            paymentMode.put("details", Map.of("type", "VPA", "vpa", vpa));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("merchantOrderId", merchantOrderId);
        body.put("amount", amount);
        body.put("metaInfo", Map.of("udf1", "escrow-1"));
        body.put("paymentFlow", Map.of("type", "PG", "paymentMode", paymentMode));
        if (expireAfter != null) {
            body.put("expireAfter", expireAfter);
        }
        return pg("POST", "/payments/v2/pay", body);
    }

    JsonNode created(Response r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.json();
    }

    /** A Standard Checkout order; {@code expireAfter} null for the default (1200 s, 1.2 s real at speed 1000). */
    Response createCheckout(String merchantOrderId, long amount, Long expireAfter) {
        Map<String, Object> body = new HashMap<>();
        body.put("merchantOrderId", merchantOrderId);
        body.put("amount", amount);
        body.put(
                "paymentFlow",
                Map.of(
                        "type",
                        "PG_CHECKOUT",
                        "merchantUrls",
                        Map.of("redirectUrl", "https://merchant.example/return")));
        if (expireAfter != null) {
            body.put("expireAfter", expireAfter);
        }
        return pg("POST", "/checkout/v2/pay", body);
    }

    JsonNode status(String merchantOrderId) {
        Response r = pg("GET", "/payments/v2/order/" + merchantOrderId + "/status", null);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.json();
    }

    JsonNode awaitState(String merchantOrderId, String state) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            last[0] = status(merchantOrderId);
            assertThat(last[0].get("state").asString()).isEqualTo(state);
        });
        return last[0];
    }

    Response mockPay(Map<String, Object> body) {
        return http.send("POST", "/sandbox/phonepe/pay", body, Map.of());
    }

    /** Pays an order completely with the default payer. */
    void paid(String merchantOrderId) {
        Response r = mockPay(Map.of("merchantOrderId", merchantOrderId, "state", "COMPLETED"));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.json().get("state").asString()).isEqualTo("COMPLETED");
    }

    List<Received> callbacks() {
        return RECEIVER.received(HOOK);
    }

    List<JsonNode> callbackBodies() {
        return callbacks().stream().map(r -> Http.json().readTree(r.body())).toList();
    }

    List<String> events() {
        return callbackBodies().stream().map(b -> b.get("event").asString()).toList();
    }

    /** Lowercase hex SHA-256, computed here independently of the sandbox's sender. */
    static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
