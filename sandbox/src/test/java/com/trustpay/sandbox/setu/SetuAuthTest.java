package com.trustpay.sandbox.setu;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.sandbox.support.Http.Response;
import com.trustpay.sandbox.support.SandboxIntegrationSupport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetuAuthTest extends SandboxIntegrationSupport {

    @Test
    void loginIssuesAnHs256JwtThatLivesThreeHundredSeconds() {
        String jwt = token();
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"HS256\"");
        var claims = com.trustpay.sandbox.support.Http.json().readTree(payload);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
    }

    @Test
    void loginAcceptsTheCapitalisedFieldSpelling() {
        Response r = http.send(
                "POST", "/v1/users/login", Map.of("ClientID", "sandbox-client", "Secret", "sandbox-secret"), Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("access_token").asString()).isNotBlank();
    }

    @Test
    void wrongSecretGetsSetusFourOhOneShape() {
        Response r =
                http.send("POST", "/v1/users/login", Map.of("clientID", "sandbox-client", "secret", "x"), Map.of());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("status").asInt()).isEqualTo(401);
        assertThat(r.json().get("type").asString()).isEmpty();
        assertThat(r.json().get("message").asString())
                .isEqualTo("You are not authenticated to perform the requested action.");
        assertThat(r.json().get("trace_id").asString()).hasSize(36);
    }

    @Test
    void merchantApiWithoutBearerIsUnauthorised() {
        Response r = http.send("GET", "/api/v1/merchants/dqr/x", null, Map.of("merchantId", MERCHANT));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("code").asString()).isEqualTo("unauthorized");
        assertThat(r.json().has("docUrl")).isTrue();
    }

    @Test
    void tamperedTokenIsUnauthorised() {
        Response r = http.send(
                "GET",
                "/api/v1/merchants/dqr/x",
                null,
                Map.of("Authorization", "Bearer " + token() + "x", "merchantId", MERCHANT));
        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void missingOrForeignMerchantIdIsForbidden() {
        Response missing =
                http.send("GET", "/api/v1/merchants/dqr/x", null, Map.of("Authorization", "Bearer " + token()));
        Response foreign = http.send(
                "GET",
                "/api/v1/merchants/dqr/x",
                null,
                Map.of("Authorization", "Bearer " + token(), "merchantId", "01OTHERMERCHANT00000000000"));
        assertThat(missing.status()).isEqualTo(403);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("code").asString()).isEqualTo("forbidden");
    }
}
