package com.trustpay.webhook.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.webhook.support.CallbackSigning;
import com.trustpay.webhook.support.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardWebhooksVerifierTest {

    /** The Standard Webhooks reference libraries' published test vector (their sign tests, every language). */
    private static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long VECTOR_TIMESTAMP = 1614265330;
    private static final byte[] VECTOR_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant VECTOR_TIME = Instant.ofEpochSecond(VECTOR_TIMESTAMP);

    private static final String OTHER_SECRET = "whsec_c2Vjb25kLXNlY3JldC1mb3Itcm90YXRpb24tMDE=";

    private final StandardWebhooksVerifier verifier = StandardWebhooksVerifier.of("acme", List.of(VECTOR_SECRET), null);

    @Test
    void acceptsThePublishedTestVector() {
        assertThat(CallbackSigning.standard(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY))
                .isEqualTo(VECTOR_SIGNATURE);

        assertThat(verifier.signatureValid(
                        webhook(VECTOR_BODY, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_TIME)))
                .isTrue();
    }

    @Test
    void anyOfSeveralSpaceSeparatedSignaturesMayMatchAndOtherVersionsAreSkipped() {
        String listed = "v1a,c29tZS1lZDI1NTE5 v1,bm9wZQ== " + VECTOR_SIGNATURE;

        assertThat(verifier.signatureValid(webhook(VECTOR_BODY, VECTOR_ID, VECTOR_TIMESTAMP, listed, VECTOR_TIME)))
                .isTrue();
        assertThat(verifier.signatureValid(webhook(
                        VECTOR_BODY, VECTOR_ID, VECTOR_TIMESTAMP, "v1a," + VECTOR_SIGNATURE.substring(3), VECTOR_TIME)))
                .as("the right digest under another version is not a v1 signature")
                .isFalse();
    }

    @Test
    void eitherConfiguredSecretVerifiesDuringARotation() {
        StandardWebhooksVerifier rotating =
                StandardWebhooksVerifier.of("acme", List.of(OTHER_SECRET, VECTOR_SECRET), Duration.ofMinutes(5));
        String underOther = CallbackSigning.standard(OTHER_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY);

        assertThat(rotating.signatureValid(
                        webhook(VECTOR_BODY, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_TIME)))
                .isTrue();
        assertThat(rotating.signatureValid(webhook(VECTOR_BODY, VECTOR_ID, VECTOR_TIMESTAMP, underOther, VECTOR_TIME)))
                .isTrue();
        assertThat(verifier.signatureValid(webhook(VECTOR_BODY, VECTOR_ID, VECTOR_TIMESTAMP, underOther, VECTOR_TIME)))
                .isFalse();
    }

    @Test
    void theIdTimestampAndBodyAreAllSigned() {
        byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.signatureValid(
                        webhook(tampered, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_TIME)))
                .isFalse();
        assertThat(verifier.signatureValid(
                        webhook(VECTOR_BODY, "msg_other", VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_TIME)))
                .isFalse();
        assertThat(verifier.signatureValid(
                        webhook(VECTOR_BODY, VECTOR_ID, VECTOR_TIMESTAMP + 1, VECTOR_SIGNATURE, VECTOR_TIME)))
                .isFalse();
    }

    @Test
    void aTimestampOutsideTheToleranceFailsEvenWhenCorrectlySigned() {
        Duration tolerance = StandardWebhooksVerifier.DEFAULT_TOLERANCE;

        assertThat(verifier.signatureValid(webhook(
                        VECTOR_BODY, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_TIME.plus(tolerance))))
                .isTrue();
        assertThat(verifier.signatureValid(webhook(
                        VECTOR_BODY,
                        VECTOR_ID,
                        VECTOR_TIMESTAMP,
                        VECTOR_SIGNATURE,
                        VECTOR_TIME.plus(tolerance).plusSeconds(1))))
                .as("stale: a replay")
                .isFalse();
        assertThat(verifier.signatureValid(webhook(
                        VECTOR_BODY,
                        VECTOR_ID,
                        VECTOR_TIMESTAMP,
                        VECTOR_SIGNATURE,
                        VECTOR_TIME.minus(tolerance).minusSeconds(1))))
                .as("from the future")
                .isFalse();
    }

    @Test
    void missingOrMalformedHeadersFail() {
        assertThat(verifier.signatureValid(webhook(VECTOR_BODY, null, VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_TIME)))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(VECTOR_BODY, VECTOR_ID, null, VECTOR_SIGNATURE, VECTOR_TIME)))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(VECTOR_BODY, VECTOR_ID, VECTOR_TIMESTAMP, null, VECTOR_TIME)))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(VECTOR_BODY, VECTOR_ID, VECTOR_TIMESTAMP, "v1,***", VECTOR_TIME)))
                .isFalse();
        Map<String, String> dotted = headers("msg.1", "1614265330", VECTOR_SIGNATURE);
        assertThat(verifier.signatureValid(new InboundWebhook("acme", dotted, VECTOR_BODY, VECTOR_TIME)))
                .isFalse();
        Map<String, String> fractional = headers(VECTOR_ID, "1614265330.5", VECTOR_SIGNATURE);
        assertThat(verifier.signatureValid(new InboundWebhook("acme", fractional, VECTOR_BODY, VECTOR_TIME)))
                .isFalse();
    }

    @Test
    void theEventIdIsTheSignedWebhookIdAndTheTypeComesFromTheBody() {
        Instant at = Instant.parse("2026-12-02T20:00:00Z");
        byte[] body = Payloads.standardEvent("payment.succeeded", "pay_9", at);

        ProviderEvent event = verifier.parse(webhook(body, "msg_42", at.getEpochSecond(), "ignored", at));

        assertThat(event).isEqualTo(new ProviderEvent("msg_42", "payment.succeeded", "pay_9", at));
    }

    @Test
    void aBodyWithoutTypeIsMalformed() {
        assertThatThrownBy(() -> verifier.parse(webhook(VECTOR_BODY, VECTOR_ID, VECTOR_TIMESTAMP, "x", VECTOR_TIME)))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining("/type");
    }

    @Test
    void refusesNoSecretOrOneThatIsNotBase64WithoutPrintingIt() {
        assertThatThrownBy(() -> StandardWebhooksVerifier.of("acme", List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StandardWebhooksVerifier.of("acme", List.of("whsec_not*base64"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not*base64");
    }

    private static InboundWebhook webhook(byte[] body, String id, Long timestamp, String signature, Instant now) {
        return new InboundWebhook(
                "acme", headers(id, timestamp == null ? null : Long.toString(timestamp), signature), body, now);
    }

    private static Map<String, String> headers(String id, String timestamp, String signature) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if (id != null) {
            headers.put("webhook-id", id);
        }
        if (timestamp != null) {
            headers.put("webhook-timestamp", timestamp);
        }
        if (signature != null) {
            headers.put("webhook-signature", signature);
        }
        return headers;
    }
}
