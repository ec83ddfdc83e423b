package com.trustpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.gateway.support.Http;
import com.trustpay.gateway.support.StubBackend;
import com.trustpay.gateway.support.StubBackend.Reply;
import com.trustpay.gateway.support.TestTokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The gateway as a running process in front of stub services (JDK HTTP servers): routing, token checks, request
 * ids, webhook pass-through, 503 for a service that is down, headers, CORS and the sandbox payer.
 */
@ActiveProfiles("sandbox")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

    static final TestTokens TOKENS = new TestTokens();
    static final StubBackend ESCROW =
            StubBackend.start().on("/.well-known/jwks.json", r -> Reply.json(200, TOKENS.jwks()));
    static final StubBackend WEBHOOK = StubBackend.start();
    static final StubBackend SANDBOX = StubBackend.start()
            .on("/v1/users/login", r -> Reply.json(200, "{\"access_token\":\"sandbox-token\",\"refresh_token\":\"\"}"))
            .on(
                    "/api/v1/merchants/pay",
                    r -> Reply.json(
                            200, "{\"productInstanceId\":\"pi1\",\"paymentId\":\"p1\",\"status\":\"initiated\"}"));
    static final String DOWN = StubBackend.deadUrl();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("trustpay.backends.escrow", ESCROW::url);
        registry.add("trustpay.backends.webhook", WEBHOOK::url);
        registry.add("trustpay.backends.payment", () -> DOWN);
        registry.add("trustpay.backends.notification", () -> DOWN);
        registry.add("trustpay.backends.reconciliation", () -> DOWN);
        registry.add("trustpay.sandbox.url", SANDBOX::url);
        registry.add("trustpay.sandbox.enabled", () -> "true");
    }

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        ESCROW.clear();
        WEBHOOK.clear();
        SANDBOX.clear();
    }

    @AfterAll
    static void stopBackends() {
        ESCROW.close();
        WEBHOOK.close();
        SANDBOX.close();
    }

    @Test
    void anAuthenticatedApiCallReachesEscrowServiceUnchanged() {
        String token = TOKENS.user("user-1");

        HttpResponse<byte[]> response = http.get("/api/escrows/e-42?view=full&x=%20y", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).get("servedBy").asString()).isEqualTo("stub");
        StubBackend.Received received = takeNonJwks(ESCROW);
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.path()).isEqualTo("/api/escrows/e-42");
        assertThat(received.query()).isEqualTo("view=full&x=%20y");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void aRequestIdIsCreatedPassedOnAndReturned() {
        HttpResponse<byte[]> response = http.get("/api/escrows", TOKENS.user());

        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(takeNonJwks(ESCROW).header("X-Request-Id")).isEqualTo(id);
    }

    @Test
    void theCallersRequestIdIsKeptWhenWellFormed() {
        HttpResponse<byte[]> response = http.send(http.request("/api/escrows")
                .header("Authorization", "Bearer " + TOKENS.user())
                .header("X-Request-Id", "client-req-0001"));

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("client-req-0001");
        assertThat(takeNonJwks(ESCROW).header("X-Request-Id")).isEqualTo("client-req-0001");
    }

    @Test
    void aMalformedRequestIdIsReplaced() {
        HttpResponse<byte[]> response = http.send(http.request("/api/escrows")
                .header("Authorization", "Bearer " + TOKENS.user())
                .header("X-Request-Id", "bad id with spaces"));

        assertThat(response.headers().firstValue("X-Request-Id").orElseThrow())
                .isNotEqualTo("bad id with spaces")
                .matches("[0-9a-f-]{36}");
    }

    @Test
    void registerAndLoginNeedNoToken() {
        HttpResponse<byte[]> register =
                http.postJson("/api/auth/register", null, "{\"name\":\"A\",\"email\":\"a@x.in\",\"password\":\"p\"}");
        HttpResponse<byte[]> login =
                http.postJson("/api/auth/login", null, "{\"email\":\"a@x.in\",\"password\":\"p\"}");

        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(takeNonJwks(ESCROW).path()).isEqualTo("/api/auth/register");
        assertThat(takeNonJwks(ESCROW).bodyText()).contains("a@x.in");
    }

    /**
     * Refresh and logout carry no bearer token, only the session cookie (ADR 0023): the gateway lets them through,
     * forwards the cookie and the session header, and returns escrow-service's Set-Cookie headers untouched.
     */
    @Test
    void refreshAndLogoutPassTheSessionCookieBothWays() {
        String rotated =
                "trustpay_session=next-secret; Path=/api/auth; Max-Age=1209600; Secure; HttpOnly;" + " SameSite=Strict";
        ESCROW.on("/api/auth/refresh", r -> Reply.json(
                        200, "{\"accessToken\":\"a.b.c\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}")
                .withHeader("Set-Cookie", rotated)
                .withHeader("Set-Cookie", "other=1; Path=/"));
        ESCROW.on("/api/auth/logout", r -> new Reply(204, "application/json", new byte[0])
                .withHeader("Set-Cookie", "trustpay_session=; Path=/api/auth; Max-Age=0"));

        HttpResponse<byte[]> refresh = http.send(http.request("/api/auth/refresh")
                .header("Cookie", "trustpay_session=old-secret")
                .header("X-TrustPay-Session", "1")
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<byte[]> logout = http.send(http.request("/api/auth/logout")
                .header("Cookie", "trustpay_session=next-secret")
                .header("X-TrustPay-Session", "1")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(refresh.statusCode()).isEqualTo(200);
        assertThat(refresh.headers().allValues("Set-Cookie")).containsExactly(rotated, "other=1; Path=/");
        StubBackend.Received refreshed = takeNonJwks(ESCROW);
        assertThat(refreshed.path()).isEqualTo("/api/auth/refresh");
        assertThat(refreshed.header("Cookie")).isEqualTo("trustpay_session=old-secret");
        assertThat(refreshed.header("X-TrustPay-Session")).isEqualTo("1");
        assertThat(refreshed.header("Authorization")).isNull();
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(logout.headers().allValues("Set-Cookie"))
                .containsExactly("trustpay_session=; Path=/api/auth; Max-Age=0");
        assertThat(takeNonJwks(ESCROW).header("Cookie")).isEqualTo("trustpay_session=next-secret");
    }

    /** A refused refresh reaches the browser as escrow-service's own problem, its code and cookie untouched. */
    @Test
    void aRefusedRefreshKeepsEscrowServicesProblemAndClearedCookie() {
        ESCROW.on("/api/auth/refresh", r -> new Reply(
                        401,
                        "application/problem+json",
                        "{\"status\":401,\"code\":\"SESSION_REVOKED\",\"title\":\"Unauthorized\"}"
                                .getBytes(StandardCharsets.UTF_8))
                .withHeader("Set-Cookie", "trustpay_session=; Path=/api/auth; Max-Age=0"));

        HttpResponse<byte[]> refused = http.send(http.request("/api/auth/refresh")
                .header("X-TrustPay-Session", "1")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(refused).get("code").asString()).isEqualTo("SESSION_REVOKED");
        assertThat(refused.headers().allValues("Set-Cookie"))
                .containsExactly("trustpay_session=; Path=/api/auth; Max-Age=0");
        takeNonJwks(ESCROW);
    }

    @Test
    void aCallWithoutTokenIsRefusedWith401Problem() {
        HttpResponse<byte[]> response = http.get("/api/escrows", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("code").asString()).isEqualTo("AUTHENTICATION_REQUIRED");
        assertThat(problem.get("type").asString()).isEqualTo("https://trustpay.dev/problems/authentication-required");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/escrows");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(ESCROW.gotRequestWithin(Duration.ofMillis(200))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "forged", "garbage"})
    void aBadTokenIsRefusedWith401Problem(String kind) {
        String token =
                switch (kind) {
                    case "expired" -> TOKENS.expired();
                    case "forged" -> TOKENS.forged();
                    default -> "not.a.jwt";
                };

        HttpResponse<byte[]> response = http.get("/api/me", token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.json(response).get("code").asString()).isEqualTo("INVALID_TOKEN");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer");
        ESCROW.clear();
    }

    @Test
    void adminPathsNeedTheAdminRole() {
        HttpResponse<byte[]> asUser = http.postJson("/api/admin/escrows/e1/retry-release", TOKENS.user(), "{}");
        HttpResponse<byte[]> asAdmin = http.postJson("/api/admin/escrows/e1/retry-release", TOKENS.admin(), "{}");

        assertThat(asUser.statusCode()).isEqualTo(403);
        assertThat(Http.json(asUser).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(Http.json(asUser).get("type").asString()).isEqualTo("https://trustpay.dev/problems/forbidden");
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(takeNonJwks(ESCROW).path()).isEqualTo("/api/admin/escrows/e1/retry-release");
    }

    @Test
    void aWebhookBodyReachesWebhookIngestByteForByte() {
        byte[] body = new byte[4096];
        new Random(7).nextBytes(body);
        byte[] json = "{ \"a\" :1,\n\t\"amount\": 1.50 , \"ü\":\"\\u00fc\" }  ".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(json, 0, body, 0, json.length);

        HttpResponse<byte[]> response = http.send(http.request("/webhooks/setu?source=test")
                .header("Content-Type", "application/json")
                .header("x-setu-signature", "sig-abc")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        StubBackend.Received received = WEBHOOK.take();
        assertThat(received.path()).isEqualTo("/webhooks/setu");
        assertThat(received.query()).isEqualTo("source=test");
        assertThat(received.header("x-setu-signature")).isEqualTo("sig-abc");
        assertThat(received.header("Content-Type")).isEqualTo("application/json");
        assertThat(received.body()).isEqualTo(body);
    }

    @Test
    void internalPathsAreNeverRouted() {
        HttpResponse<byte[]> response = http.get("/internal/escrows/e1", TOKENS.admin());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(response).get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(ESCROW.gotRequestWithin(Duration.ofMillis(200))).isFalse();
    }

    @Test
    void aServiceThatIsDownAnswers503Problem() {
        HttpResponse<byte[]> response = http.get("/api/notifications", TOKENS.user());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Http.json(response);
        assertThat(problem.get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(problem.get("detail").asString()).contains("notification service");
    }

    @Test
    void reconciliationIsRoutedForAdminsAnd503WhileItDoesNotExist() {
        HttpResponse<byte[]> response = http.get("/api/admin/reconciliation?from=2026-01-01", TOKENS.admin());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(Http.json(response).get("detail").asString()).contains("reconciliation service");
    }

    @Test
    void theJwksIsPublic() {
        HttpResponse<byte[]> response = http.get("/.well-known/jwks.json", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).get("keys")).isNotNull();
    }

    @Test
    void theUiIsServedWithStrictSecurityHeaders() {
        HttpResponse<byte[]> response = http.get("/", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("<script type=\"module\" src=\"");
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS only over TLS")
                .isEmpty();
    }

    @Test
    void proxiedApiResponsesCarryNosniff() {
        HttpResponse<byte[]> response = http.get("/api/me", TOKENS.user());

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aCrossOriginCallIsRefusedByDefault() {
        HttpResponse<byte[]> response = http.send(http.request("/api/auth/login")
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(ESCROW.gotRequestWithin(Duration.ofMillis(200))).isFalse();
    }

    @Test
    void eachServiceOpenApiDocumentHasItsOwnPath() {
        HttpResponse<byte[]> escrow = http.get("/v3/api-docs/escrow", null);
        HttpResponse<byte[]> payment = http.get("/v3/api-docs/payment", null);

        assertThat(escrow.statusCode()).isEqualTo(200);
        assertThat(takeNonJwks(ESCROW).path()).isEqualTo("/v3/api-docs");
        assertThat(payment.statusCode()).isEqualTo(503);
    }

    @Test
    void theUiLearnsWhetherTheSandboxIsThere() {
        JsonNode settings = Http.json(http.get("/ui-config.json", null));

        assertThat(settings.get("sandbox").asBoolean()).isTrue();
        assertThat(settings.get("pollMillis").asInt()).isPositive();
    }

    @Test
    void simulatePaymentPaysThroughTheSandboxMockPayerWithAMerchantToken() {
        String token = TOKENS.user();

        HttpResponse<byte[]> first = http.postJson(
                "/sandbox-pay", token, "{\"refId\":\"SU01ABC\",\"amountPaise\":123400,\"outcome\":\"FAILURE\"}");
        HttpResponse<byte[]> second = http.postJson(
                "/sandbox-pay", token, "{\"refId\":\"SU01ABC\",\"amountPaise\":123400,\"outcome\":\"SUCCESS\"}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(Http.json(second).get("status").asString()).isEqualTo("initiated");
        StubBackend.Received login = SANDBOX.take();
        assertThat(login.path()).isEqualTo("/v1/users/login");
        assertThat(login.bodyText())
                .contains("\"clientID\":\"sandbox-client\"", "\"grant_type\":\"client_credentials\"");
        StubBackend.Received pay = SANDBOX.take();
        assertThat(pay.path()).isEqualTo("/api/v1/merchants/pay");
        assertThat(pay.header("Authorization")).isEqualTo("Bearer sandbox-token");
        assertThat(pay.header("merchantId")).isEqualTo("01SANDBOXMERCHANT000000000");
        assertThat(pay.bodyText())
                .contains(
                        "\"refId\":\"SU01ABC\"",
                        "\"payerVpa\":\"fail@upi\"",
                        "\"payeeVpa\":\"trustpay@sandbox\"",
                        "\"amount\":123400");
        assertThat(SANDBOX.take().path()).as("the token is reused").isEqualTo("/api/v1/merchants/pay");
    }

    @Test
    void simulatePaymentNeedsASignedInUserAndAValidRequest() {
        HttpResponse<byte[]> anonymous =
                http.postJson("/sandbox-pay", null, "{\"refId\":\"SU1\",\"amountPaise\":1,\"outcome\":\"SUCCESS\"}");
        HttpResponse<byte[]> invalid = http.postJson(
                "/sandbox-pay", TOKENS.user(), "{\"refId\":\"../x\",\"amountPaise\":1,\"outcome\":\"SUCCESS\"}");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Http.json(invalid).get("code").asString()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void theAdminBootstrapIsRoutedForAnySignedInUserButNotForAnonymous() {
        HttpResponse<byte[]> asUser = http.postJson("/api/admin/bootstrap", TOKENS.user(), "{\"token\":\"t\"}");
        HttpResponse<byte[]> anonymous = http.postJson("/api/admin/bootstrap", null, "{\"token\":\"t\"}");

        assertThat(asUser.statusCode()).isEqualTo(200);
        assertThat(takeNonJwks(ESCROW).path()).isEqualTo("/api/admin/bootstrap");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void anApiBodyOverTheLimitIs413ProblemAndNeverReachesTheService() {
        byte[] body = ("{\"title\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> response = http.send(http.request("/api/escrows")
                .header("Authorization", "Bearer " + TOKENS.user())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(response).get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(ESCROW.gotRequestWithin(Duration.ofMillis(300))).isFalse();
    }

    @Test
    void aChunkedApiBodyOverTheLimitIs413Problem() {
        byte[] body = ("{\"title\":\"" + "x".repeat(200 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> response = http.send(http.request("/api/escrows")
                .header("Authorization", "Bearer " + TOKENS.user())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Http.json(response).get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    /** The JWKS may be fetched at any time; skip those requests. */
    private static StubBackend.Received takeNonJwks(StubBackend backend) {
        StubBackend.Received r = backend.take();
        while (r.path().equals("/.well-known/jwks.json")) {
            r = backend.take();
        }
        return r;
    }
}
