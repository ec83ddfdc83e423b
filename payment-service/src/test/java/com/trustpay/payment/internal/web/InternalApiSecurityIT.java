package com.trustpay.payment.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.testsupport.RealInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /internal/**} on a real server with a token configured: only the token opens it, whatever the caller's
 * address, and no spelling of the path (percent-encoded, with path parameters) gets past the matchers.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "payment.internal.token=" + InternalApiSecurityIT.TOKEN)
@RealInfrastructure
class InternalApiSecurityIT {

    static final String TOKEN = "it-internal-token-7c1e9a";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private static String range() {
        return "?from=" + Instant.now().minusSeconds(600) + "&to="
                + Instant.now().plusSeconds(60);
    }

    @Test
    void theRightTokenOpensTheInternalApi() throws Exception {
        HttpResponse<String> response = get("/internal/transactions" + range(), TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).has("transactions")).isTrue();
    }

    @Test
    void aLoopbackCallerWithoutTheTokenIsRefused() throws Exception {
        assertInternalOnly(get("/internal/transactions" + range(), null), "/internal/transactions");
        assertInternalOnly(get("/internal/escrows/" + UUID.randomUUID() + "/audit", null), "/internal/escrows/");
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        assertInternalOnly(get("/internal/transactions" + range(), TOKEN + "x"), "/internal/transactions");
        assertInternalOnly(get("/internal/transactions" + range(), TOKEN.substring(1)), "/internal/transactions");
        assertInternalOnly(get("/internal/transactions" + range(), ""), "/internal/transactions");
    }

    @Test
    void aPercentEncodedPathIsStillTheInternalApi() throws Exception {
        assertInternalOnly(get("/%69nternal/transactions" + range(), null), "/");
        assertInternalOnly(get("/internal/%74ransactions" + range(), null), "/");
        assertInternalOnly(get("/%69nternal/escrows/" + UUID.randomUUID() + "/audit", null), "/");
    }

    @Test
    void aPathParameterDoesNotHideTheInternalApi() throws Exception {
        for (String path : new String[] {
            "/internal;x/transactions" + range(),
            "/internal;/transactions" + range(),
            "/internal/transactions;x=1" + range(),
            "/;x/internal/transactions" + range()
        }) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(problem(response).get("code").asString()).as(path).isEqualTo("MALFORMED_REQUEST");
            assertThat(response.body()).as(path).doesNotContain("\"transactions\"");
        }
    }

    @Test
    void pathsOutsideTheInternalApiNeedNoToken() throws Exception {
        HttpResponse<String> response = get("/no-such-path", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(problem(response).get("code").asString()).isEqualTo("NOT_FOUND");
    }

    private static void assertInternalOnly(HttpResponse<String> response, String instancePrefix) throws Exception {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(403);
        JsonNode problem = problem(response);
        assertThat(problem.get("code").asString()).isEqualTo("INTERNAL_ONLY");
        assertThat(problem.get("type").asString()).isEqualTo("https://trustpay.dev/problems/internal-only");
        assertThat(problem.get("instance").asString()).startsWith(instancePrefix);
    }

    private static JsonNode problem(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET();
        if (token != null) {
            request.header(InternalToken.HEADER, token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
