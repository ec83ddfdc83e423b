package com.trustpay.webhook.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.testsupport.providers.ProviderSignatures;
import com.trustpay.webhook.support.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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
    void theEventIdComesFromTheSignedBodyNotFromTheHeader() {
        byte[] body = Payloads.razorpayxPayout("pout_1", "payout.processed", CREATED);

        ProviderEvent event = verifier.parse(webhook(body, "ignored", "evt_1"));

        assertThat(event)
                .isEqualTo(new ProviderEvent(
                        "pout_1:payout.processed:" + CREATED.getEpochSecond(), "payout.processed", "pout_1", CREATED));
    }

    @Test
    void aReplayWithAnotherEventIdHeaderIsTheSameEvent() {
        byte[] body = Payloads.razorpayxPayout("pout_1", "payout.processed", CREATED);

        assertThat(verifier.parse(webhook(body, "ignored", "evt_attacker")).eventId())
                .isEqualTo(verifier.parse(webhook(body, "ignored", "evt_1")).eventId())
                .isEqualTo(verifier.parse(webhook(body, "ignored", null)).eventId());
    }

    @Test
    void anotherEventOrTimeOfThePayoutIsAnotherEvent() {
        String processed = verifier.parse(
                        webhook(Payloads.razorpayxPayout("pout_1", "payout.processed", CREATED), "ignored", "evt_1"))
                .eventId();
        String reversed = verifier.parse(
                        webhook(Payloads.razorpayxPayout("pout_1", "payout.reversed", CREATED), "ignored", "evt_1"))
                .eventId();
        String updatedLater = verifier.parse(webhook(
                        Payloads.razorpayxPayout("pout_1", "payout.processed", CREATED.plusSeconds(1)),
                        "ignored",
                        "evt_1"))
                .eventId();

        assertThat(List.of(processed, reversed, updatedLater)).doesNotHaveDuplicates();
    }

    @Test
    void aBodyWithoutTheEntityIdOrCreatedAtIsMalformed() {
        byte[] noId =
                "{\"event\":\"payout.processed\",\"contains\":[\"payout\"],\"payload\":{\"payout\":{\"entity\":{}}},\"created_at\":1}"
                        .getBytes(StandardCharsets.UTF_8);
        byte[] noTime =
                "{\"event\":\"payout.processed\",\"contains\":[\"payout\"],\"payload\":{\"payout\":{\"entity\":{\"id\":\"pout_1\"}}}}"
                        .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier.parse(webhook(noId, "ignored", "evt_1")))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining("/payload/payout/entity/id");
        assertThatThrownBy(() -> verifier.parse(webhook(noTime, "ignored", "evt_1")))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining("/created_at");
    }

    @Test
    void aStrangeContainsEntryFallsBackToThePayoutEntity() {
        byte[] body = ("{\"event\":\"payout.failed\",\"contains\":[\"~1/..\"],"
                        + "\"payload\":{\"payout\":{\"entity\":{\"id\":\"pout_2\"}}},\"created_at\":-5}")
                .getBytes(StandardCharsets.UTF_8);

        ProviderEvent event = verifier.parse(webhook(body, "ignored", "evt_2"));

        assertThat(event.resourceId()).isEqualTo("pout_2");
        assertThat(event.eventId()).isEqualTo("pout_2:payout.failed:-5");
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
