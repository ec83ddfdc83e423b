package com.trustpay.escrow.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.escrow.support.Api.Response;
import com.trustpay.escrow.support.EscrowServiceIT;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Input that once was coerced, failed in PostgreSQL with a 500 or was read without limit is refused at the edge with
 * a 4xx problem (platform-web's strict JSON, body limit and Idempotency-Key check, as escrow-service gets them).
 */
@SpringBootTest(properties = "trustpay.escrow.expiry-sweep=1h")
class InputStrictnessIT extends EscrowServiceIT {

    String token;

    @BeforeAll
    void signUp() throws Exception {
        token = api.signUp("Asha");
    }

    private static String create(String amount, String title) {
        return "{\"title\":" + title + ",\"amountPaise\":" + amount + ",\"role\":\"PAYER\",\"vpa\":\"asha@okaxis\"}";
    }

    @Test
    void aFractionalAmountIsRefusedNotTruncated() throws Exception {
        String payer = api.signUp("Ravi");
        Response refused = api.raw("/api/escrows", payer, create("150.99", "\"Phone\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.code()).isEqualTo("INVALID_FIELD_TYPE");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("amountPaise");
        assertThat(api.get("/api/escrows", payer).json().get("items").size()).isZero();
    }

    @Test
    void anAmountSentAsTextIsRefused() throws Exception {
        Response refused = api.raw("/api/escrows", token, create("\"15000\"", "\"Phone\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("INVALID_FIELD_TYPE");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("amountPaise");
    }

    @Test
    void aNulCharacterInATitleIsA400NotAnErrorFromTheDatabase() throws Exception {
        Response refused = api.raw("/api/escrows", token, create("15000", "\"Pho\\u0000ne\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("NUL_CHARACTER");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
    }

    @Test
    void aNonAsciiIdempotencyKeyIsRefused() throws Exception {
        String utf8AsTheContainerReadsIt =
                new String("schlüssel-1".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        Response refused = api.raw(
                "/api/escrows",
                token,
                create("15000", "\"Phone\"").getBytes(StandardCharsets.UTF_8),
                Map.of("Idempotency-Key", utf8AsTheContainerReadsIt));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String title = "\"" + "x".repeat(70 * 1024) + "\"";
        Response refused = api.raw("/api/escrows", token, create("15000", title));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aWellFormedRequestStillCreatesTheEscrow() throws Exception {
        Response created = api.raw("/api/escrows", token, create("15000", "\"Phone\""));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("amountPaise").asLong()).isEqualTo(15000L);
    }
}
