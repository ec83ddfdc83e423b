package com.trustpay.webhook.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.trustpay.testsupport.providers.ProviderSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the verify-then-parse path with arbitrary bodies and headers. Whatever arrives, a correct signature
 * (computed independently) verifies, anything else does not, and reading the body either yields a complete
 * event or a {@link MalformedWebhookException}, never another exception.
 *
 * <p>The normal build fuzzes for a bounded number of runs (surefire sets {@code JAZZER_FUZZ}); without it,
 * Jazzer replays the seed inputs under {@code src/test/resources}.
 */
class WebhookParsingFuzzTest {

    private static final List<WebhookVerifier> VERIFIERS = List.of(
            new SetuVerifier(WebhookSecrets.of(ProviderSignatures.LOCAL_SETU_SECRET, "previoussecret1234567890")),
            new RazorpayXVerifier(WebhookSecrets.of(ProviderSignatures.LOCAL_RAZORPAYX_SECRET, null)));

    /**
     * Input layout (so that seed files are readable): the last byte picks the provider (bit 0), whether the
     * signature is correct (bit 1) and whether an event-id header is sent (bit 2); everything before it is the
     * body. A wrong signature is made from the body's first bytes, so it is arbitrary text as well.
     */
    @FuzzTest(maxExecutions = 30_000)
    void verifyingAndReadingNeverFailsUnexpectedly(FuzzedDataProvider data) {
        int flags = data.consumeInt(0, 7);
        byte[] body = data.consumeRemainingAsBytes();
        WebhookVerifier verifier = VERIFIERS.get(flags & 1);
        boolean signCorrectly = (flags & 2) != 0;

        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if ((flags & 4) != 0) {
            headers.put("x-razorpay-event-id", "evt_" + body.length);
        }
        String signature = signCorrectly
                ? correctSignature(verifier, body)
                : new String(body, 0, Math.min(body.length, 64), StandardCharsets.ISO_8859_1);
        headers.put(verifier instanceof SetuVerifier ? "x-setu-signature" : "x-razorpay-signature", signature);
        InboundWebhook webhook = new InboundWebhook(verifier.provider(), headers, body, Instant.EPOCH);

        assertThat(verifier.signatureValid(webhook)).isEqualTo(signCorrectly);
        try {
            ProviderEvent event = verifier.parse(webhook);
            assertThat(event.eventId()).isNotBlank();
            assertThat(event.eventType()).isNotBlank();
        } catch (MalformedWebhookException expected) {
            // An unreadable body is an expected answer (400 and quarantine).
        }
    }

    private static String correctSignature(WebhookVerifier verifier, byte[] body) {
        return verifier instanceof SetuVerifier
                ? ProviderSignatures.setu(ProviderSignatures.LOCAL_SETU_SECRET, body)
                : ProviderSignatures.razorpayx(ProviderSignatures.LOCAL_RAZORPAYX_SECRET, body);
    }
}
