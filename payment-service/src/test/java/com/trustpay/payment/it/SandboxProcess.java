package com.trustpay.payment.it;

import com.trustpay.sandbox.SandboxApplication;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.UrlResource;

/**
 * The real sandbox app, started in-process on a random port with its own configuration (read from its jar, since
 * this module's application.yml shadows it on the classpath), a speed factor, and webhooks aimed at our relay.
 */
final class SandboxProcess implements AutoCloseable {

    private static final String EXCLUDED = String.join(
            ",",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "com.trustpay.platform.messaging.KafkaDefaultsConfiguration",
            "com.trustpay.platform.outbox.OutboxConfiguration",
            // Spring Security is on this module's class path (payment-service's /internal/**), not on the sandbox's.
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration");

    private final ConfigurableApplicationContext context;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    SandboxProcess(double speed, String webhookBase) throws IOException {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("server.port", "0");
        overrides.put("sandbox.speed", String.valueOf(speed));
        overrides.put("sandbox.webhooks.setu.url", webhookBase + "/webhooks/setu");
        overrides.put("sandbox.webhooks.razorpayx.url", webhookBase + "/webhooks/razorpayx");
        overrides.put("sandbox.webhooks.phonepe.url", webhookBase + "/webhooks/phonepe");
        overrides.put("spring.autoconfigure.exclude", EXCLUDED);
        overrides.put("spring.config.name", "sandbox-in-payment-service-it");
        overrides.put("management.endpoints.enabled-by-default", "false");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("payment-it", overrides));
        new YamlPropertySourceLoader()
                .load("sandbox-application-yml", new UrlResource(sandboxYaml()))
                .forEach(environment.getPropertySources()::addLast);
        context = new SpringApplicationBuilder(SandboxApplication.class)
                .environment(environment)
                .run();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        baseUrl = "http://127.0.0.1:" + port;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Replaces the sandbox's fault configuration ({@code PUT /sandbox/faults}). */
    void faults(String json) {
        send("PUT", "/sandbox/faults", json, null);
    }

    void noFaults() {
        faults("{\"latencyMs\":0,\"timeoutMs\":30000,\"endpoints\":{},\"webhooks\":{}}");
    }

    /** The mock payer pays a Dynamic QR or collect ({@code POST /api/v1/merchants/pay}). */
    void pay(String instanceId, String payerVpa, long amount) {
        pay(instanceId, payerVpa, amount, false);
    }

    /**
     * The bank credits {@code amount} on the instance whatever its state ({@code "force": true}): a payment on a
     * withdrawn or expired QR, a second payment, a wrong amount.
     */
    void payForced(String instanceId, String payerVpa, long amount) {
        pay(instanceId, payerVpa, amount, true);
    }

    private void pay(String instanceId, String payerVpa, long amount, boolean force) {
        String token = send(
                "POST",
                "/v1/users/login",
                "{\"clientID\":\"sandbox-client\",\"secret\":\"sandbox-secret\",\"grant_type\":\"client_credentials\"}",
                null);
        String accessToken = token.replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        send(
                "POST",
                "/api/v1/merchants/pay",
                "{\"refId\":\"" + instanceId + "\",\"payerVpa\":\"" + payerVpa + "\",\"payeeVpa\":\"trustpay@sandbox\","
                        + "\"amount\":" + amount + ",\"force\":" + force + "}",
                accessToken);
    }

    /** The base URL of the PhonePe PG stand-in (its auth and PG hosts both). */
    String phonePeUrl() {
        return baseUrl + "/phonepe/apis/pg-sandbox";
    }

    /** The PhonePe mock payer settles an order ({@code POST /sandbox/phonepe/pay}): COMPLETED, FAILED or PENDING. */
    void phonePePay(String merchantOrderId, String state) {
        send(
                "POST",
                "/sandbox/phonepe/pay",
                "{\"merchantOrderId\":\"" + merchantOrderId + "\",\"state\":\"" + state + "\"}",
                null);
    }

    /** Settles a PhonePe refund at once ({@code PUT /sandbox/phonepe/refunds/{id}/status}). */
    void phonePeRefund(String merchantRefundId, String state) {
        send("PUT", "/sandbox/phonepe/refunds/" + merchantRefundId + "/status", "{\"state\":\"" + state + "\"}", null);
    }

    /** The next {@code count} refunds fail when they resolve ({@code PUT /sandbox/refunds/fail-next}). */
    void failNextRefunds(int count) {
        send("PUT", "/sandbox/refunds/fail-next", "{\"count\":" + count + "}", null);
    }

    /** The bank credits a failed refund after all ({@code POST /sandbox/refunds/{id}/credit-late}). */
    void creditLate(String refundId) {
        send("POST", "/sandbox/refunds/" + refundId + "/credit-late", null, null);
    }

    String get(String path) {
        return send("GET", path, null, null);
    }

    private String send(String method, String path, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer).header("merchantId", "01SANDBOXMERCHANT000000000");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " -> " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sandboxYaml() {
        URL location =
                SandboxApplication.class.getProtectionDomain().getCodeSource().getLocation();
        String url = location.toString();
        return url.endsWith(".jar") ? "jar:" + url + "!/application.yml" : url + "application.yml";
    }

    @Override
    public void close() {
        context.close();
    }
}
