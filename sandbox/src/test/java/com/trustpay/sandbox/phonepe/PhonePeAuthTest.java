package com.trustpay.sandbox.phonepe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.sandbox.support.Http.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PhonePeAuthTest extends PhonePeTestSupport {

    @Test
    void clientCredentialsGetAnOBearerTokenWithEpochSecondTimes() {
        long before = Instant.now().getEpochSecond();
        Response r = tokenRequest(goodCredentials());

        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        JsonNode token = r.json();
        assertThat(token.get("token_type").asString()).isEqualTo("O-Bearer");
        assertThat(token.get("access_token").asString()).isNotBlank();
        assertThat(token.get("encrypted_access_token").asString()).isNotBlank();
        assertThat(token.has("expires_in")).isTrue();
        assertThat(token.get("expires_in").isNull()).isTrue();
        long issued = token.get("issued_at").asLong();
        assertThat(issued).isBetween(before, Instant.now().getEpochSecond());
        assertThat(token.get("expires_at").asLong()).isEqualTo(issued + 15 * 60);
        assertThat(token.get("session_expires_at").asLong())
                .isEqualTo(token.get("expires_at").asLong());
    }

    @Test
    void wrongCredentialsAre401AndAMalformedRequestIs400() {
        Map<String, String> wrongSecret = goodCredentials();
        wrongSecret.put("client_secret", "nope");
        Response r = tokenRequest(wrongSecret);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("code").asString()).isEqualTo("AUTHORIZATION_FAILED");

        Map<String, String> wrongVersion = goodCredentials();
        wrongVersion.put("client_version", "2");
        assertThat(tokenRequest(wrongVersion).status()).isEqualTo(401);

        Map<String, String> wrongId = goodCredentials();
        wrongId.put("client_id", "SOMEONE_ELSE");
        assertThat(tokenRequest(wrongId).status()).isEqualTo(401);

        Map<String, String> wrongGrant = goodCredentials();
        wrongGrant.put("grant_type", "password");
        Response bad = tokenRequest(wrongGrant);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("code").asString()).isEqualTo("BAD_REQUEST");

        Map<String, String> missing = goodCredentials();
        missing.remove("client_secret");
        assertThat(tokenRequest(missing).status()).isEqualTo(400);
    }

    @Test
    void pgApisNeedAValidOBearerToken() {
        String path = BASE + "/payments/v2/order/NOPE/status";
        assertThat(http.send("GET", path, null, Map.of()).status()).isEqualTo(401);
        Response bearer = http.send("GET", path, null, Map.of("Authorization", "Bearer " + accessToken()));
        assertThat(bearer.status()).as("the scheme is O-Bearer").isEqualTo(401);
        assertThat(bearer.json().get("code").asString()).isEqualTo("AUTHORIZATION_FAILED");
        Response forged = http.send(
                "GET",
                path,
                null,
                Map.of("Authorization", "O-Bearer " + accessToken().replace('.', 'x')));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(http.send("POST", BASE + "/checkout/v2/pay", "{}", Map.of()).status())
                .isEqualTo(401);
        assertThat(http.send("POST", BASE + "/payments/v2/refund", "{}", Map.of())
                        .status())
                .isEqualTo(401);

        Response ok = http.send("GET", path, null, Map.of("Authorization", "O-Bearer " + accessToken()));
        assertThat(ok.status()).as("an unknown order, but authenticated").isEqualTo(404);
    }

    @Test
    void aTokenStopsWorkingAtExpiresAtSoClientsMustRefresh() {
        settings(Map.of("tokenTtl", "PT2S"));
        Response settings = http.send("GET", "/sandbox/phonepe/settings", null, Map.of());
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.json().has("tokenTtl")).isTrue();
        assertThat(http.send("PUT", "/sandbox/phonepe/settings", Map.of("tokenTtl", "PT0S"), Map.of())
                        .status())
                .isEqualTo(400);
        Response issued = tokenRequest(goodCredentials());
        JsonNode token = issued.json();
        assertThat(token.get("expires_at").asLong() - token.get("issued_at").asLong())
                .isEqualTo(2);
        String path = BASE + "/payments/v2/order/NOPE/status";
        Map<String, String> auth =
                Map.of("Authorization", "O-Bearer " + token.get("access_token").asString());
        assertThat(http.send("GET", path, null, auth).status()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(8))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> http.send("GET", path, null, auth).status() == 401);
        assertThat(Instant.now().getEpochSecond())
                .as("expired no earlier than expires_at")
                .isGreaterThanOrEqualTo(token.get("expires_at").asLong());

        Response fresh = tokenRequest(goodCredentials());
        Map<String, String> refreshed = Map.of(
                "Authorization", "O-Bearer " + fresh.json().get("access_token").asString());
        assertThat(http.send("GET", path, null, refreshed).status()).isEqualTo(404);
    }
}
