package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.devstack.Service;
import com.trustpay.systemtests.TrustPayApi.User;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service answers a failure the same way (platform-web's problem): one failing call per case, through the
 * gateway as a client makes it, and each answer has the same members, content type and {@code type} scheme. Only
 * payment-service is called directly: the gateway routes none of its API.
 */
class ProblemShapeIT extends SystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPE_BASE = "https://trustpay.dev/problems/";
    private static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "instance", "code");
    private static final Set<String> WITH_FIELDS =
            Set.of("type", "title", "status", "detail", "instance", "code", "errors");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway = SystemUnderTest.gatewayUrl();

    @Test
    void noTokenIsAuthenticationRequired() {
        JsonNode problem = problem(get(gateway, "/api/escrows", null), 401, "AUTHENTICATION_REQUIRED", MEMBERS);

        assertThat(problem.get("instance").asString()).isEqualTo("/api/escrows");
    }

    @Test
    void aBadTokenIsAnInvalidToken() {
        problem(get(gateway, "/api/me", "not.a.jwt"), 401, "INVALID_TOKEN", MEMBERS);
    }

    @Test
    void escrowServiceItselfSaysTheSameAboutTokens() {
        String escrow = stack.url(Service.ESCROW);

        problem(get(escrow, "/api/escrows", null), 401, "AUTHENTICATION_REQUIRED", MEMBERS);
        problem(get(escrow, "/api/me", "not.a.jwt"), 401, "INVALID_TOKEN", MEMBERS);
    }

    @Test
    void aUserOnTheAdminApiIsForbidden() {
        User user = api.signUp("Asha");

        problem(
                post(gateway, "/api/admin/escrows/" + UUID.randomUUID() + "/retry-release", user.token(), "{}"),
                403,
                "FORBIDDEN",
                MEMBERS);
    }

    @Test
    void anUnknownEscrowIsNotFound() {
        User user = api.signUp("Asha");
        String path = "/api/escrows/" + UUID.randomUUID();

        JsonNode problem = problem(get(gateway, path, user.token()), 404, "ESCROW_NOT_FOUND", MEMBERS);

        assertThat(problem.get("instance").asString()).isEqualTo(path);
    }

    @Test
    void aPathNothingServesIsNotFound() {
        problem(get(gateway, "/internal/escrows/" + UUID.randomUUID(), null), 404, "NOT_FOUND", MEMBERS);
    }

    @Test
    void joiningOnesOwnEscrowIsAConflict() {
        User payer = api.signUp("Payer");
        JsonNode created = api.create(payer, "PAYER", AMOUNT, "success@upi", "INTENT");
        String body = "{\"code\":\"%s\",\"vpa\":\"payer@okaxis\"}"
                .formatted(created.get("code").asString());

        problem(post(gateway, "/api/escrows/join", payer.token(), body), 409, "SELF_JOIN", MEMBERS);
    }

    @Test
    void aBadAmountIsRefusedNamingTheField() {
        User payer = api.signUp("Payer");
        String body = "{\"title\":\"Bike\",\"amountPaise\":99,\"role\":\"PAYER\",\"vpa\":\"payer@okaxis\"}";

        JsonNode problem =
                problem(post(gateway, "/api/escrows", payer.token(), body), 400, "AMOUNT_TOO_SMALL", WITH_FIELDS);

        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("amountPaise");
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
    }

    @Test
    void anUnsignedWebhookIsRefusedByWebhookIngest() {
        problem(post(gateway, "/webhooks/setu", null, "{\"eventId\":\"e1\"}"), 401, "SIGNATURE_INVALID", MEMBERS);
    }

    @Test
    void paymentServiceRefusesABadRangeNamingTheField() {
        String payment = stack.url(Service.PAYMENT);

        JsonNode problem = problem(
                get(payment, "/internal/transactions?from=yesterday&to=today", null),
                400,
                "INVALID_RANGE",
                WITH_FIELDS);

        assertThat(problem.get("instance").asString()).isEqualTo("/internal/transactions");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    /** Checks the answer is the platform's problem for {@code code} and returns its body. */
    private static JsonNode problem(HttpResponse<String> response, int status, String code, Set<String> members) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(new HashSet<>(problem.propertyNames())).isEqualTo(members);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("type").asString())
                .startsWith(TYPE_BASE)
                .isEqualTo(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'));
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).isEqualTo(response.uri().getPath());
        return problem;
    }

    private HttpResponse<String> get(String base, String path, String token) {
        return send(request(base, path, token).GET());
    }

    private HttpResponse<String> post(String base, String path, String token, String json) {
        return send(request(base, path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder request(String base, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
