package com.trustpay.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.support.Http.Response;
import com.trustpay.testsupport.providers.ProviderSignatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One shared sandbox on a random port at speed 1000 (3 virtual minutes pass in 180 ms), reset before every test,
 * with both providers' webhooks pointed at an in-test receiver.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "sandbox.speed=1000",
            "sandbox.setu.refund-auto-resolve=30m",
            "sandbox.webhooks.timeout=2s",
            "sandbox.faults.timeout-ms=300"
        })
public abstract class SandboxIntegrationSupport {

    public static final String MERCHANT = "01SANDBOXMERCHANT000000000";
    public static final String MERCHANT_VPA = "trustpay@sandbox";
    public static final String SETU_SECRET = ProviderSignatures.LOCAL_SETU_SECRET;
    public static final String RZPX_SECRET = ProviderSignatures.LOCAL_RAZORPAYX_SECRET;
    public static final String SETU_HOOK = "/hooks/setu";
    public static final String RZPX_HOOK = "/hooks/razorpayx";

    protected static final WebhookReceiver RECEIVER = startReceiver();

    @LocalServerPort
    protected int port;

    protected Http http;
    private String token;

    private static WebhookReceiver startReceiver() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void resetSandbox() {
        http = new Http("http://127.0.0.1:" + port);
        assertThat(http.send("POST", "/sandbox/reset", null, Map.of()).status()).isEqualTo(204);
        RECEIVER.clear();
        Map<String, Object> config = Map.of(
                "setu", Map.of("url", RECEIVER.url(SETU_HOOK)),
                "razorpayx", Map.of("url", RECEIVER.url(RZPX_HOOK)));
        assertThat(http.send("PUT", "/sandbox/webhooks/config", config, Map.of())
                        .status())
                .isEqualTo(200);
    }

    protected String token() {
        if (token == null) {
            Response r = http.send(
                    "POST",
                    "/v1/users/login",
                    Map.of(
                            "clientID",
                            "sandbox-client",
                            "secret",
                            "sandbox-secret",
                            "grant_type",
                            "client_credentials"),
                    Map.of("client", "bridge"));
            assertThat(r.status()).isEqualTo(200);
            token = r.json().get("access_token").asString();
        }
        return token;
    }

    protected Response setu(String method, String path, Object body) {
        return http.send(method, path, body, Map.of("Authorization", "Bearer " + token(), "merchantId", MERCHANT));
    }

    protected JsonNode createDqr(long amount) {
        Response r = setu("POST", "/api/v1/merchants/dqr", Map.of("merchantVpa", MERCHANT_VPA, "amount", amount));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.json();
    }

    protected Response pay(String refId, String payerVpa, long amount, String respCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("refId", refId);
        body.put("payerVpa", payerVpa);
        body.put("payeeVpa", MERCHANT_VPA);
        body.put("amount", amount);
        if (respCode != null) {
            body.put("payerRespCode", respCode);
        }
        return setu("POST", "/api/v1/merchants/pay", body);
    }

    protected JsonNode awaitLastPayment(String instanceId, String status) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Response r = setu("GET", "/api/v1/merchants/payments/product-instances/" + instanceId + "/last", null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("status").asString()).isEqualTo(status);
            last[0] = r.json();
        });
        return last[0];
    }

    /** Setu webhooks received so far, parsed, in arrival order. */
    protected List<JsonNode> setuEvents() {
        return RECEIVER.received(SETU_HOOK).stream()
                .map(r -> Http.json().readTree(r.body()))
                .toList();
    }

    protected List<String> setuEventTypes() {
        return setuEvents().stream().map(e -> e.get("eventType").asString()).toList();
    }

    protected JsonNode deliveries() {
        return http.send("GET", "/sandbox/webhooks/deliveries", null, Map.of())
                .json()
                .get("deliveries");
    }
}
