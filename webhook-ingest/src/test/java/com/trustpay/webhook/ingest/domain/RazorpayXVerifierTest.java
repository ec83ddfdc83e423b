package com.trustpay.webhook.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.testsupport.providers.ProviderSignatures;
import com.trustpay.webhook.support.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RazorpayXVerifierTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T09:15:30Z");
    private final RazorpayXVerifier verifier =
            new RazorpayXVerifier(WebhookSecrets.of(ProviderSignatures.LOCAL_RAZORPAYX_SECRET, null));

    @Test
    void acceptsTheHexSignatureInEitherCase() {
        byte[] body = Payloads.razorpayxPayout("pout_1", "payout.processed", CREATED);
        String hex = ProviderSignatures.razorpayx(ProviderSignatures.LOCAL_RAZORPAYX_SECRET, body);

        assertThat(verifier.signatureValid(webhook(body, hex, "evt_1"))).isTrue();
        assertThat(verifier.signatureValid(webhook(body, hex.toUpperCase(Locale.ROOT), "evt_1")))
                .isTrue();
    }

    @Test
    void rejectsWrongSecretTruncatedOrNonHexSignatures() {
        byte[] body = Payloads.razorpayxPayout("pout_1", "payout.processed", CREATED);
        String hex = ProviderSignatures.razorpayx(ProviderSignatures.LOCAL_RAZORPAYX_SECRET, body);

        assertThat(verifier.signatureValid(webhook(body, ProviderSignatures.razorpayx("other", body), "evt_1")))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(body, hex.substring(2), "evt_1")))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(body, "zz" + hex.substring(2), "evt_1")))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(body, null, "evt_1"))).isFalse();
    }

    @Test
    void readsEventIdFromTheHeaderAndPayoutIdFromThePayload() {
        byte[] body = Payloads.razorpayxPayout("pout_1", "payout.processed", CREATED);

        ProviderEvent event = verifier.parse(webhook(body, "ignored", "evt_1"));

        assertThat(event).isEqualTo(new ProviderEvent("evt_1", "payout.processed", "pout_1", CREATED));
    }

    @Test
    void aMissingEventIdHeaderMakesTheWebhookMalformed() {
        byte[] body = Payloads.razorpayxPayout("pout_1", "payout.processed", CREATED);

        assertThatThrownBy(() -> verifier.parse(webhook(body, "ignored", null)))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining("x-razorpay-event-id");
    }

    @Test
    void aStrangeContainsEntryFallsBackToThePayoutEntity() {
        byte[] body = ("{\"event\":\"payout.failed\",\"contains\":[\"~1/..\"],"
                        + "\"payload\":{\"payout\":{\"entity\":{\"id\":\"pout_2\"}}},\"created_at\":-5}")
                .getBytes(StandardCharsets.UTF_8);

        ProviderEvent event = verifier.parse(webhook(body, "ignored", "evt_2"));

        assertThat(event.resourceId()).isEqualTo("pout_2");
        assertThat(event.raisedAt()).isNull();
    }

    private static InboundWebhook webhook(byte[] body, String signature, String eventId) {
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put("content-type", "application/json");
        if (signature != null) {
            headers.put("x-razorpay-signature", signature);
        }
        if (eventId != null) {
            headers.put("x-razorpay-event-id", eventId);
        }
        return new InboundWebhook("razorpayx", headers, body, CREATED);
    }
}
