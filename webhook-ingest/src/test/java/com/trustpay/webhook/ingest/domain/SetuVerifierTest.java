package com.trustpay.webhook.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.testsupport.providers.ProviderSignatures;
import com.trustpay.webhook.support.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetuVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:15:30Z");
    private final SetuVerifier verifier =
            new SetuVerifier(WebhookSecrets.of(ProviderSignatures.LOCAL_SETU_SECRET, null));

    @Test
    void acceptsTheBase64SignatureOverTheExactBody() {
        byte[] body = Payloads.setuPayment("evt-1", "pay-1", NOW);

        assertThat(verifier.signatureValid(signed(body, ProviderSignatures.LOCAL_SETU_SECRET)))
                .isTrue();
    }

    @Test
    void rejectsABodyChangedAfterSigning() {
        byte[] body = Payloads.setuPayment("evt-1", "pay-1", NOW);
        String signature = ProviderSignatures.setu(ProviderSignatures.LOCAL_SETU_SECRET, body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8)
                .replace("\"amount\":1000", "\"amount\":9000")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.signatureValid(webhook(tampered, Map.of("x-setu-signature", signature))))
                .isFalse();
    }

    @Test
    void rejectsAMissingWrongKeyedOrUndecodableSignature() {
        byte[] body = Payloads.setuPayment("evt-1", "pay-1", NOW);

        assertThat(verifier.signatureValid(webhook(body, Map.of()))).isFalse();
        assertThat(verifier.signatureValid(signed(body, "someoneelsessecret12345")))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(body, Map.of("x-setu-signature", "not base64 !"))))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(body, Map.of("x-setu-signature", ""))))
                .isFalse();
    }

    @Test
    void acceptsThePreviousSecretDuringARotation() {
        SetuVerifier rotating =
                new SetuVerifier(WebhookSecrets.of("newsecret1234567890abc", ProviderSignatures.LOCAL_SETU_SECRET));
        byte[] body = Payloads.setuPayment("evt-1", "pay-1", NOW);

        assertThat(rotating.signatureValid(signed(body, ProviderSignatures.LOCAL_SETU_SECRET)))
                .isTrue();
        assertThat(rotating.signatureValid(signed(body, "newsecret1234567890abc")))
                .isTrue();
        assertThat(verifier.signatureValid(signed(body, "newsecret1234567890abc")))
                .isFalse();
    }

    @Test
    void readsEventIdTypePaymentIdAndEventTime() {
        byte[] body = Payloads.setuPayment("evt-1", "pay-1", NOW);

        ProviderEvent event = verifier.parse(signed(body, ProviderSignatures.LOCAL_SETU_SECRET));

        assertThat(event).isEqualTo(new ProviderEvent("evt-1", "payment.success", "pay-1", NOW));
        assertThat(event.isStale(NOW.plus(Duration.ofHours(25)), Duration.ofHours(24)))
                .isTrue();
        assertThat(event.isStale(NOW.plus(Duration.ofHours(1)), Duration.ofHours(24)))
                .isFalse();
    }

    @Test
    void refusesBodiesThatAreNotOneJsonObjectWithIdAndType() {
        for (String body : new String[] {
            "",
            "not json",
            "[1,2]",
            "{\"eventId\":\"e\"}",
            "{\"eventType\":\"payment.success\"}",
            "{\"eventId\":\"e\",\"eventType\":\"t\"} trailing",
            "{\"eventId\":\"e\",\"eventId\":\"f\",\"eventType\":\"t\"}",
            "{\"eventId\":1,\"eventType\":\"t\"}"
        }) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> verifier.parse(signed(bytes, ProviderSignatures.LOCAL_SETU_SECRET)))
                    .as(body)
                    .isInstanceOf(MalformedWebhookException.class);
        }
    }

    @Test
    void anUnreadableEventTimeIsNotStale() {
        byte[] body =
                "{\"eventId\":\"e\",\"eventType\":\"t\",\"eventTs\":\"yesterday\"}".getBytes(StandardCharsets.UTF_8);

        ProviderEvent event = verifier.parse(signed(body, ProviderSignatures.LOCAL_SETU_SECRET));

        assertThat(event.raisedAt()).isNull();
        assertThat(event.isStale(NOW, Duration.ofHours(24))).isFalse();
    }

    private static InboundWebhook signed(byte[] body, String secret) {
        return webhook(body, Map.of("x-setu-signature", ProviderSignatures.setu(secret, body)));
    }

    private static InboundWebhook webhook(byte[] body, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("content-type", "application/json");
        return new InboundWebhook("setu", all, body, NOW);
    }
}
